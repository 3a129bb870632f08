// The program as the settings page shows it and as the audit trail records it: one plain,
// JSON-safe object read from the tables, so "before" and "after" of a change compare field by
// field. Every read is filtered by the business id.
import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { db } from "@/lib/db/client";
import type { ProgramSettings } from "./program-schemas";
import { lastLocalDateBefore, localDateOf } from "./program-settings-dates";

type Reader = Pick<typeof db, "program" | "tier" | "punchCard" | "promotion" | "loyaltyAction"> | Prisma.TransactionClient;

export const RULE_FIELDS = [
  "earnPoints", "earnPerMinor", "rounding", "minSpendMinor", "qualifyingCategories", "signupBonus", "birthdayBonus",
  "referralBonus", "referredBonus", "expiryPolicy", "expiryMonths", "pendingDays", "visitDiscountEnabled",
  "visitDiscountBaseBp", "visitDiscountStepBp", "visitDiscountCapBp", "visitDiscountPeriod", "tierBasis", "tierWindow",
  "tierGraceDays", "membershipEnabled", "membershipFeeMinor", "membershipCashbackBp", "membershipCapMinor", "pointValueMinor",
] as const satisfies readonly (keyof ProgramSettings["rules"])[];

const ruleSelect = Object.fromEntries(RULE_FIELDS.map((field) => [field, true])) as Record<(typeof RULE_FIELDS)[number], true>;

/** Promotions keep their stored instants beside the days shown, so an untouched day is not rewritten. */
export type StoredPromotion = ProgramSettings["promotions"][number] & { id: string; startsAt: Date | null; endsAt: Date | null };

export type ProgramSnapshot = {
  programId: string;
  rules: ProgramSettings["rules"];
  tiers: (ProgramSettings["tiers"][number] & { id: string; rank: number })[];
  punchCards: (ProgramSettings["punchCards"][number] & { id: string })[];
  promotions: StoredPromotion[];
  loyaltyActions: (ProgramSettings["loyaltyActions"][number] & { id: string })[];
};

export async function readProgramSnapshot(reader: Reader, businessId: string, timeZone: string): Promise<ProgramSnapshot | null> {
  const [program, tiers, punchCards, promotions, loyaltyActions] = await Promise.all([
    reader.program.findUnique({ where: { businessId }, select: { id: true, ...ruleSelect } }),
    reader.tier.findMany({
      where: { businessId },
      orderBy: { rank: "asc" },
      select: { id: true, name: true, rank: true, threshold: true, multiplierBp: true, perks: true },
    }),
    reader.punchCard.findMany({
      where: { businessId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, stampsRequired: true, stampRule: true, stampMinorUnit: true, stampItem: true, rewardId: true, active: true },
    }),
    reader.promotion.findMany({
      where: { businessId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, name: true, multiplierBp: true, bonusPoints: true, daysOfWeek: true, startMinute: true, endMinute: true,
        startsAt: true, endsAt: true, category: true, minSpendMinor: true, active: true,
      },
    }),
    reader.loyaltyAction.findMany({
      where: { businessId },
      orderBy: { createdAt: "asc" },
      select: { id: true, key: true, name: true, points: true, maxPerMember: true, active: true },
    }),
  ]);
  if (!program) return null;
  const { id: programId, ...rules } = program;
  return {
    programId,
    rules,
    tiers,
    punchCards,
    promotions: promotions.map((promotion) => ({
      ...promotion,
      startDate: promotion.startsAt ? localDateOf(promotion.startsAt, timeZone) : null,
      endDate: promotion.endsAt ? lastLocalDateBefore(promotion.endsAt, timeZone) : null,
    })),
    loyaltyActions,
  };
}

/** The snapshot as the audit trail stores it (instants as ISO strings, no helper fields). */
export function auditView(snapshot: ProgramSnapshot) {
  return {
    rules: snapshot.rules,
    tiers: snapshot.tiers.map(({ id, name, threshold, multiplierBp, perks }) => ({ id, name, threshold, multiplierBp, perks })),
    punchCards: snapshot.punchCards,
    promotions: snapshot.promotions.map(({ startDate: _s, endDate: _e, startsAt, endsAt, ...promotion }) => ({
      ...promotion,
      startsAt: startsAt?.toISOString() ?? null,
      endsAt: endsAt?.toISOString() ?? null,
    })),
    loyaltyActions: snapshot.loyaltyActions,
  };
}

type AuditView = ReturnType<typeof auditView>;

/** Only what changed: rule fields one by one, lists whole (a list is read as one setting). */
export function changedParts(before: AuditView, after: AuditView) {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  const ruleBefore: Record<string, unknown> = {};
  const ruleAfter: Record<string, unknown> = {};
  for (const field of RULE_FIELDS) {
    if (JSON.stringify(before.rules[field]) !== JSON.stringify(after.rules[field])) {
      ruleBefore[field] = before.rules[field];
      ruleAfter[field] = after.rules[field];
    }
  }
  if (Object.keys(ruleAfter).length > 0) {
    changedBefore.rules = ruleBefore;
    changedAfter.rules = ruleAfter;
  }
  for (const list of ["tiers", "punchCards", "promotions", "loyaltyActions"] as const) {
    if (JSON.stringify(before[list]) !== JSON.stringify(after[list])) {
      changedBefore[list] = before[list];
      changedAfter[list] = after[list];
    }
  }
  return { before: changedBefore, after: changedAfter, changed: Object.keys(changedAfter).length > 0 };
}
