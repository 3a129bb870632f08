// A till sending the same receipt twice (a retry after a timeout) gets the purchase's answer
// again, rebuilt from what was written, instead of a second purchase. Rebuilding costs a few
// reads on the rare retry and saves a stored response on every purchase. A different sale
// under a receipt id already used is refused as a duplicate.
import "server-only";
import { LoyaltyError } from "./errors";
import { canonicalJson } from "./idempotency";
import type { LoadedProgram } from "./program";
import { stampsForPurchase } from "./rules/punch-cards";
import { basisPointsToPercent } from "./rules/visit-discount";
import type { PurchaseResult } from "./purchases";
import type { RecordPurchaseInput } from "./schemas";
import type { LockedMember, Tx } from "./tx";

type SentPurchase = Pick<RecordPurchaseInput, "memberId" | "amountMinor" | "currency" | "items"> & {
  occurredAt?: Date;
  externalId: string;
  businessId: string;
  pointsPaidMinor: number;
};

export async function replayPurchase(
  tx: Tx,
  program: LoadedProgram,
  member: LockedMember | null,
  sent: SentPurchase,
  nextDiscountBp: (memberId: string) => Promise<number>,
): Promise<PurchaseResult> {
  const first = await tx.one<{ id: string; memberId: string | null; amountMinor: number; currency: string; occurredAt: Date; pointsPaidMinor: number; items: unknown }>`
    SELECT id, "memberId", "amountMinor", currency, "occurredAt", "pointsPaidMinor", items
    FROM "Purchase" WHERE "businessId" = ${sent.businessId} AND "externalId" = ${sent.externalId}`;
  const same =
    first &&
    first.memberId === (sent.memberId ?? null) &&
    first.amountMinor === sent.amountMinor &&
    first.currency === sent.currency &&
    first.pointsPaidMinor === sent.pointsPaidMinor &&
    (!sent.occurredAt || first.occurredAt.getTime() === sent.occurredAt.getTime()) &&
    canonicalJson(first.items ?? null) === canonicalJson(sent.items ?? null);
  if (!first || !same) throw new LoyaltyError("duplicate_purchase");

  const sums = await tx.one<{ earned: number; spent: number }>`
    SELECT COALESCE(SUM(points) FILTER (WHERE kind = 'EARN'), 0)::int AS earned,
           COALESCE(-SUM(points) FILTER (WHERE kind = 'REDEEM'), 0)::int AS spent
    FROM "LedgerEntry" WHERE "purchaseId" = ${first.id}`;
  const vouchers = await tx.rows<{ redemptionId: string; code: string; rewardName: string | null; expiresAt: Date }>`
    SELECT r.id AS "redemptionId", r.code, w.name AS "rewardName", r."expiresAt"
    FROM "Redemption" r LEFT JOIN "Reward" w ON w.id = r."rewardId"
    WHERE r."businessId" = ${sent.businessId} AND starts_with(r."idempotencyKey", ${`punch/${first.id}/`})
    ORDER BY r."idempotencyKey"`;
  const tier = member ? program.tiers.find((candidate) => candidate.id === member.tierId) : undefined;
  const items = (sent.items ?? undefined) as Parameters<typeof stampsForPurchase>[1]["items"];
  return {
    purchaseId: first.id,
    memberId: first.memberId,
    pointsEarned: sums?.earned ?? 0,
    pointsSpent: sums?.spent ?? 0,
    pointsPaidMinor: first.pointsPaidMinor,
    balance: member?.balance ?? null,
    tier: tier ? { id: tier.id, name: tier.name } : null,
    stampsAdded: member
      ? program.punchCards.reduce((sum, card) => sum + Math.max(0, stampsForPurchase(card, { amountMinor: first.amountMinor, items })), 0)
      : 0,
    vouchersIssued: vouchers.map((voucher) => ({ ...voucher, expiresAt: voucher.expiresAt.toISOString() })),
    visitDiscountPercent: member ? basisPointsToPercent(await nextDiscountBp(member.id)) : 0,
    replayed: true,
  };
}
