// Every kind of email Suki sends and the rules that follow from it. Pure data, importable by
// client forms and the cadence rules alike.

export type EmailKind =
  | "welcome"
  | "thank-you"
  | "milestone"
  | "birthday"
  | "points-expiring"
  | "voucher-issued"
  | "win-back"
  | "touch"
  | "event-invitation"
  | "personal-note"
  | "sign-in";

/** The member's per-kind switches (Member.emailPreferences); null = transactional. */
export type PreferenceKey = "thankYou" | "milestones" | "offers";

type KindRule = {
  label: string;
  preference: PreferenceKey | null;
  /** Marketing only: which notice wins when several are due inside one gap (higher wins). */
  priority: number;
  /** A notice this old is no longer worth sending and is dropped (after an outage, say). */
  staleAfterDays: number;
  /** Owners may switch the kind off for their business. */
  switchable: boolean;
  /** Marketing kinds only: false exempts the kind from the weekly cap (a person's own note). */
  capped?: boolean;
};

// Account notices (welcome, vouchers, expiring points, sign-in) are transactional: no cadence
// cap and no marketing switch, because they are about the member's own points and codes.
export const KIND_RULES: Record<EmailKind, KindRule> = {
  welcome: { label: "Welcome", preference: null, priority: 0, staleAfterDays: 7, switchable: true },
  "voucher-issued": { label: "Voucher issued", preference: null, priority: 0, staleAfterDays: 14, switchable: true },
  "points-expiring": { label: "Points expiring soon", preference: null, priority: 0, staleAfterDays: 7, switchable: true },
  "sign-in": { label: "Sign-in link", preference: null, priority: 0, staleAfterDays: 1, switchable: false },
  birthday: { label: "Birthday", preference: "offers", priority: 60, staleAfterDays: 6, switchable: true },
  milestone: { label: "Milestones", preference: "milestones", priority: 50, staleAfterDays: 21, switchable: true },
  "event-invitation": { label: "Preview-event invitation", preference: "offers", priority: 45, staleAfterDays: 10, switchable: true },
  "thank-you": { label: "Thank-you note", preference: "thankYou", priority: 30, staleAfterDays: 3, switchable: true },
  "win-back": { label: "Win-back", preference: "offers", priority: 20, staleAfterDays: 14, switchable: true },
  touch: { label: "Monthly hello", preference: "offers", priority: 10, staleAfterDays: 7, switchable: true },
  // Written by the owner or staff for one member: it honours the member's thank-you switch and
  // unsubscribe like marketing, but a human wrote it, so it is not held back by the cadence.
  "personal-note": { label: "Personal note", preference: "thankYou", priority: 90, staleAfterDays: 14, switchable: false, capped: false },
};

export const EMAIL_KINDS = Object.keys(KIND_RULES) as EmailKind[];

export const MARKETING_KINDS = EMAIL_KINDS.filter((kind) => KIND_RULES[kind].preference !== null);

export function isEmailKind(value: string): value is EmailKind {
  return Object.hasOwn(KIND_RULES, value);
}

export function isMarketing(kind: string): boolean {
  return isEmailKind(kind) && KIND_RULES[kind].preference !== null;
}
