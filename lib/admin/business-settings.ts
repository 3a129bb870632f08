// The business's name, branding, language, time zone, currency and contact cadence, edited by
// its owner and audited. Currency is fixed once money was recorded: every stored amount is in
// minor units of that currency, so changing it would silently change what they mean.
import "server-only";

import { UserError } from "@/lib/actions/user-error";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { businessSettingsSchema, type BusinessSettings } from "./business-settings-schemas";

const FIELDS = [
  "name", "brandColor", "senderName", "locale", "timeZone", "currency", "marketingGapDays", "touchEveryDays", "thankYouDelayMinutes",
] as const satisfies readonly (keyof BusinessSettings)[];

const select = Object.fromEntries(FIELDS.map((field) => [field, true])) as Record<(typeof FIELDS)[number], true>;

export type BusinessSettingsPage = {
  settings: BusinessSettings;
  slug: string;
  /** False once the business has recorded a purchase */
  currencyEditable: boolean;
  roi: { programCostMonthlyMinor: number; emailCostPerThousandMinor: number } | null;
};

export async function getBusinessSettings(businessId: string): Promise<BusinessSettingsPage | null> {
  const [business, purchase] = await Promise.all([
    db.business.findUnique({
      where: { id: businessId },
      select: { ...select, slug: true, program: { select: { programCostMonthlyMinor: true, emailCostPerThousandMinor: true } } },
    }),
    db.purchase.findFirst({ where: { businessId }, select: { id: true } }),
  ]);
  if (!business) return null;
  const { slug, program, ...settings } = business;
  return { settings: settings as BusinessSettings, slug, currencyEditable: purchase === null, roi: program };
}

export async function updateBusinessSettings(input: {
  businessId: string;
  actorUserId: string;
  settings: BusinessSettings;
}): Promise<{ changed: boolean }> {
  const { businessId, actorUserId } = input;
  const parsed = businessSettingsSchema.safeParse(input.settings);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "Some settings are not valid.");
  const next = parsed.data;

  return db.$transaction(async (tx) => {
    // A purchase insert takes a key-share lock on its business row, so with this lock held no
    // purchase can slip in between the check below and the currency change.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Business" WHERE id = ${businessId} FOR UPDATE`;
    if (!locked) throw new UserError("Business not found.");
    const current = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select });
    if (next.currency !== current.currency.trim()) {
      const purchase = await tx.purchase.findFirst({ where: { businessId }, select: { id: true } });
      if (purchase) throw new UserError("The currency cannot change once purchases are recorded in it.");
    }
    const before: Record<string, string | number> = {};
    const after: Record<string, string | number> = {};
    for (const field of FIELDS) {
      const was = typeof current[field] === "string" ? (current[field] as string).trim() : current[field];
      if (was !== next[field]) {
        before[field] = was;
        after[field] = next[field];
      }
    }
    if (Object.keys(after).length === 0) return { changed: false };
    await tx.business.update({ where: { id: businessId }, data: after as Partial<BusinessSettings> });
    await recordAudit(tx, {
      businessId,
      actorUserId,
      action: "business.update",
      entityType: "Business",
      entityId: businessId,
      before,
      after,
    });
    return { changed: true };
  });
}
