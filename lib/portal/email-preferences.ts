// Which marketing emails a member wants, per program. Stored on Member.emailPreferences as
// {thankYou, milestones, offers}; a missing key reads as on for the first two (they are
// part of joining) and off for offers (that one needs consent).
import { z } from "zod";

export const EMAIL_KINDS = ["thankYou", "milestones", "offers"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export type EmailPreferences = Record<EmailKind, boolean>;

// Their names and hints are in the profile catalog (messages/<locale>/profile.json, email.kinds).

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
