// The owner's program settings: read for the form, saved in one transaction with one audit
// entry holding what changed. The engine reads the program at each event (lib/loyalty/
// program.ts), so a change applies to future purchases only; nothing here touches the ledger
// or recomputes past points.
import "server-only";

import { UserError } from "@/lib/actions/user-error";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";
import { programSettingsSchema, type ProgramSettings } from "./program-schemas";
import { syncLoyaltyActions, syncPromotions, syncPunchCards, syncTiers } from "./program-settings-lists";
import { auditView, changedParts, readProgramSnapshot } from "./program-settings-snapshot";

export type ProgramSettingsPage = {
  settings: ProgramSettings;
  business: { currency: string; timeZone: string; locale: string };
  rewards: { id: string; name: string; archived: boolean }[];
  /** Members per tier id, so the form can warn before a tier with members is removed */
  tierMembers: Record<string, number>;
  /** Changes with every save; the form starts over from the saved state when it does */
  version: string;
};

export async function getProgramSettings(businessId: string): Promise<ProgramSettingsPage | null> {
  const business = await db.business.findUnique({ where: { id: businessId }, select: { currency: true, timeZone: true, locale: true } });
  if (!business) return null;
  const [snapshot, rewards, tierCounts, program] = await Promise.all([
    readProgramSnapshot(db, businessId, business.timeZone),
    db.reward.findMany({ where: { businessId }, orderBy: { name: "asc" }, select: { id: true, name: true, archivedAt: true } }),
    db.member.groupBy({ by: ["tierId"], where: { businessId, tierId: { not: null } }, _count: true }),
    db.program.findUnique({ where: { businessId }, select: { updatedAt: true } }),
  ]);
  if (!snapshot || !program) return null;
  return {
    settings: {
      rules: snapshot.rules,
      tiers: snapshot.tiers.map(({ rank: _rank, ...tier }) => tier),
      punchCards: snapshot.punchCards,
      promotions: snapshot.promotions.map(({ startsAt: _s, endsAt: _e, ...promotion }) => promotion),
      loyaltyActions: snapshot.loyaltyActions,
    },
    business,
    rewards: rewards.map(({ archivedAt, ...reward }) => ({ ...reward, archived: archivedAt !== null })),
    tierMembers: Object.fromEntries(tierCounts.map((row) => [row.tierId!, row._count])),
    version: program.updatedAt.toISOString(),
  };
}

export async function updateProgramSettings(input: {
  businessId: string;
  actorUserId: string;
  settings: ProgramSettings;
}): Promise<{ changed: boolean }> {
  const { businessId, actorUserId } = input;
  // Parsed again here: the domain does not trust that every caller validated.
  const parsed = programSettingsSchema.safeParse(input.settings);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]?.message ?? "Some settings are not valid.");
  const settings = parsed.data;

  return db.$transaction(async (tx) => {
    const business = await tx.business.findUnique({ where: { id: businessId }, select: { timeZone: true } });
    if (!business) throw new UserError("Business not found.");
    // Lock the program row: two owners saving at once apply one after the other.
    await tx.$queryRaw`SELECT id FROM "Program" WHERE "businessId" = ${businessId} FOR UPDATE`;
    const before = await readProgramSnapshot(tx, businessId, business.timeZone);
    if (!before) throw new UserError("This business has no program yet.");
    const scope = { tx, businessId, timeZone: business.timeZone };

    await syncTiers(scope, settings.tiers, before.tiers);
    await syncPunchCards(scope, settings.punchCards, before.punchCards);
    await syncPromotions(scope, settings.promotions, before.promotions);
    await syncLoyaltyActions(scope, settings.loyaltyActions, before.loyaltyActions);
    const rules = settings.rules;
    await tx.program.update({
      where: { businessId },
      data: { ...rules, expiryMonths: rules.expiryPolicy === "NEVER" ? null : rules.expiryMonths },
    });

    const after = await readProgramSnapshot(tx, businessId, business.timeZone);
    const diff = changedParts(auditView(before), auditView(after!));
    if (!diff.changed) return { changed: false };
    await recordAudit(tx, {
      businessId,
      actorUserId,
      action: "program.update",
      entityType: "Program",
      entityId: before.programId,
      before: JSON.parse(JSON.stringify(diff.before)),
      after: JSON.parse(JSON.stringify(diff.after)),
    });
    return { changed: true };
  });
}
