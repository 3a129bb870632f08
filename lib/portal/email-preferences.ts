// Which marketing emails a member wants, per program. Stored on Member.emailPreferences as
// {thankYou, milestones, offers}; a missing key reads as on for the first two (they are
// part of joining) and off for offers (that one needs consent).
import { z } from "zod";

export const EMAIL_KINDS = ["thankYou", "milestones", "offers"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export type EmailPreferences = Record<EmailKind, boolean>;

export const EMAIL_KIND_LABELS: Record<EmailKind, { label: string; hint: string }> = {
  thankYou: { label: "Thank-you notes", hint: "A short note after a visit." },
  milestones: { label: "Milestones", hint: "Tier upgrades, your 10th visit, points about to expire." },
  offers: { label: "Offers and events", hint: "New rewards, double-points days, preview nights." },
};

export const NO_MARKETING: EmailPreferences = { thankYou: false, milestones: false, offers: false };

export function readEmailPreferences(stored: unknown): EmailPreferences {
  const value = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    thankYou: value.thankYou !== false,
    milestones: value.milestones !== false,
    offers: value.offers === true,
  };
}

export const emailPreferencesSchema = z.object({ thankYou: z.boolean(), milestones: z.boolean(), offers: z.boolean() });
