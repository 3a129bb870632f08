// Inputs of the member portal's actions; importable by client forms.
import { z } from "zod";
import { emailPreferencesSchema } from "./email-preferences";

const slug = z.string().trim().min(1).max(100);

export const joinProgramSchema = z.object({
  slug,
  referralCode: z.string().trim().toUpperCase().max(20).optional().catch(undefined),
});
export type JoinProgramInput = z.input<typeof joinProgramSchema>;

export const redeemRewardFormSchema = z.object({
  slug,
  rewardId: z.string().trim().min(1).max(64),
  /** One per confirmation dialog, so a double click or a retry spends once. */
  confirmationId: z.uuid(),
});
export type RedeemRewardFormInput = z.input<typeof redeemRewardFormSchema>;

export const cardTokenSchema = z.object({ slug });

// Empty form fields mean "not given"; a birthday is a calendar date, never in the future.
// Messages are catalog keys, shown in the reader's language by the actions
// (translateValidationErrors in lib/i18n/errors.ts).
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .transform((value) => value || null);

export const updateProfileSchema = z.object({
  name: optionalText(100, "errors.field.nameTooLong"),
  phone: optionalText(30, "errors.field.phoneTooLong").refine((value) => value === null || /^\+?[\d\s().-]{6,}$/.test(value), {
    error: "errors.field.phone",
  }),
  birthday: z
    .string()
    .trim()
    .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))), {
      error: "errors.field.date",
    })
    .refine((value) => value === "" || (value >= "1900-01-01" && Date.parse(`${value}T00:00:00Z`) <= Date.now()), {
      error: "errors.field.birthday",
    })
    .transform((value) => value || null),
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

export const updateEmailPreferencesSchema = z.object({ slug, preferences: emailPreferencesSchema });
export type UpdateEmailPreferencesInput = z.input<typeof updateEmailPreferencesSchema>;

export const deleteAccountSchema = z.object({
  confirmation: z.string().trim().refine((value) => value.toUpperCase() === "DELETE", { error: "errors.field.deleteConfirm" }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
