// The business's own settings as the owner edits them. The cadence bounds match the campaigns
// page's (lib/email/schemas.ts), which edits the same three columns.
import { z } from "zod";

import { businessLocaleSchema, businessNameSchema, currencySchema, timeZoneSchema } from "./onboarding-schemas";

export const businessSettingsSchema = z
  .object({
    name: businessNameSchema,
    brandColor: z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #b45309.").transform((colour) => colour.toLowerCase()),
    senderName: z.string().trim().min(1, "Say who the emails come from.").max(80, "Keep the sender name under 80 characters."),
    locale: businessLocaleSchema,
    timeZone: timeZoneSchema,
    currency: currencySchema,
    marketingGapDays: z.number({ error: "Enter a whole number of days." }).int("Enter a whole number of days.").min(1, "At least 1 day.").max(60, "At most 60 days."),
    touchEveryDays: z.number({ error: "Enter a whole number of days." }).int("Enter a whole number of days.").min(7, "At least 7 days.").max(365, "At most 365 days."),
    thankYouDelayMinutes: z
      .number({ error: "Enter a whole number of minutes." })
      .int("Enter a whole number of minutes.")
      .min(0, "Minutes cannot be negative.")
      .max(7 * 24 * 60, "At most a week (10,080 minutes)."),
  })
  .refine((value) => value.touchEveryDays >= value.marketingGapDays, {
    message: "The regular touch cannot come more often than the marketing gap allows.",
    path: ["touchEveryDays"],
  });
export type BusinessSettingsInput = z.input<typeof businessSettingsSchema>;
export type BusinessSettings = z.output<typeof businessSettingsSchema>;

export const updateBusinessSettingsSchema = businessSettingsSchema.safeExtend({ slug: z.string().min(1).max(100) });
