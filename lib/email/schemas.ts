// The owner's campaign settings (Business.emailSettings plus the cadence columns), shared by
// the campaigns form and the server. Kinds not listed in `disabled` are on.
import { z } from "zod";
import { EMAIL_KINDS, KIND_RULES, type EmailKind } from "./kinds";

const switchableKinds = EMAIL_KINDS.filter((kind) => KIND_RULES[kind].switchable) as [EmailKind, ...EmailKind[]];

export const emailSettingsSchema = z.object({
  disabled: z.array(z.enum(switchableKinds)).default([]),
  /** The expiring-points warning goes out this many days before the first lot expires. */
  expiringWarnDays: z.number().int().min(1).max(60).default(14),
});
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

export function parseEmailSettings(json: unknown): EmailSettings {
  const parsed = emailSettingsSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : emailSettingsSchema.parse({});
}

export const updateCampaignSettingsSchema = z
  .object({
    slug: z.string().min(1),
    enabled: z.array(z.enum(switchableKinds)),
    thankYouDelayMinutes: z.number().int().min(0).max(7 * 24 * 60),
    marketingGapDays: z.number().int().min(1).max(60),
    touchEveryDays: z.number().int().min(7).max(365),
    expiringWarnDays: z.number().int().min(1).max(60),
  })
  .refine((value) => value.touchEveryDays >= value.marketingGapDays, {
    message: "The monthly touch cannot come more often than the marketing gap allows.",
    path: ["touchEveryDays"],
  });
export type UpdateCampaignSettingsInput = z.infer<typeof updateCampaignSettingsSchema>;

export const sendTestEmailSchema = z.object({ slug: z.string().min(1), kind: z.enum(EMAIL_KINDS as [EmailKind, ...EmailKind[]]) });
export type SendTestEmailInput = z.infer<typeof sendTestEmailSchema>;

export const inviteToEventSchema = z.object({
  slug: z.string().min(1),
  eventName: z.string().trim().min(1, "Name the event.").max(120),
  /** Wall-clock time in the business's time zone, as a datetime-local input gives it. */
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Pick a date and time."),
  details: z.string().trim().max(500).default(""),
  /** Only members at this tier or above; empty: every opted-in member. */
  minTierId: z.string().default(""),
});
export type InviteToEventInput = z.infer<typeof inviteToEventSchema>;
