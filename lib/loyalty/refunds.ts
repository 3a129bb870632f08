// Refunds reverse the points a purchase earned in proportion to the amount (DESIGN.md §4.5):
// the cumulative reversal is floor(earned × refunded / amount), so partial refunds add up to
// exactly a full one and nothing is reversed twice. The only operation allowed to push a
// balance below zero (§4.2).
import "server-only";
import { randomUUID } from "node:crypto";
import { LoyaltyError } from "./errors";
import { onceInTransaction } from "./idempotency";
import { postDebit, type Actor } from "./ledger";
import { pointsToReverse } from "./rules/refunds";
import { parseInput, refundPurchaseSchema, type RefundPurchaseInput } from "./schemas";
import { lockMember } from "./tx";

export type RefundResult = { refundId: string; refundedMinor: number; pointsReversed: number; balance: number | null; replayed: boolean };

export async function refundPurchase(raw: RefundPurchaseInput, actor: Actor = {}): Promise<RefundResult> {
  const input = parseInput(refundPurchaseSchema, raw);
  return onceInTransaction("refund", input, async (tx) => {
    // Lock the purchase first: concurrent refunds of one purchase queue here.
    const [purchase] = await tx.rows<{ id: string; memberId: string | null; amountMinor: number; refundedMinor: number }>`
      SELECT id, "memberId", "amountMinor", "refundedMinor" FROM "Purchase"
      WHERE id = ${input.purchaseId} AND "businessId" = ${input.businessId} FOR UPDATE`;
    if (!purchase) throw new LoyaltyError("purchase_not_found");
    const left = purchase.amountMinor - purchase.refundedMinor;
    const amount = input.amountMinor ?? left;
    if (amount <= 0 || amount > left) throw new LoyaltyError("refund_exceeds_purchase", undefined, { refundableMinor: left });

    const member = purchase.memberId ? await lockMember(tx, input.businessId, purchase.memberId) : null;
    const balanceBefore = member?.balance ?? null;
    const sums = await tx.rows<{ earned: number; reversed: number }>`
      SELECT COALESCE(SUM(points) FILTER (WHERE kind = 'EARN'), 0)::int AS earned,
             COALESCE(-SUM(points) FILTER (WHERE kind = 'REVERSAL' AND points < 0), 0)::int AS reversed
      FROM "LedgerEntry" WHERE "purchaseId" = ${purchase.id}`;
    const reverse = pointsToReverse({
      pointsEarned: sums[0]?.earned ?? 0,
      amountMinor: purchase.amountMinor,
      refundedBeforeMinor: purchase.refundedMinor,
      refundMinor: amount,
      reversedBefore: sums[0]?.reversed ?? 0,
    });

    const refund = { id: randomUUID() };
    await tx.run`
      INSERT INTO "Refund" (id, "businessId", "purchaseId", "amountMinor", "actorUserId", "idempotencyKey")
      VALUES (${refund.id}, ${input.businessId}, ${purchase.id}, ${amount}, ${actor.userId ?? null}, ${input.idempotencyKey ?? null})`;
    await tx.run`UPDATE "Purchase" SET "refundedMinor" = "refundedMinor" + ${amount} WHERE id = ${purchase.id}`;

    let balance = member?.balance ?? null;
    if (member && reverse > 0) {
      ({ balance } = await postDebit(tx, member, {
        kind: "REVERSAL",
        points: reverse,
        from: { kind: "reversal", purchaseId: purchase.id },
        lifetime: "earned_back",
        purchaseId: purchase.id,
        reason: `Refund of ${amount} on purchase`,
        idempotencyKey: `refund/${refund.id}`,
        actor,
      }));
    }
    // Audited in the same transaction (a replayed key never reaches here, so never twice).
    await tx.run`
      INSERT INTO "AuditLog" (id, "businessId", "actorUserId", "actorApiKeyId", action, "entityType", "entityId", before, after)
      VALUES (${randomUUID()}, ${input.businessId}, ${actor.userId ?? null}, ${actor.apiKeyId ?? null}, 'purchase.refund', 'Purchase', ${purchase.id},
        ${{ refundedMinor: purchase.refundedMinor, balance: balanceBefore }}::jsonb,
        ${{ refundId: refund.id, amountMinor: amount, refundedMinor: purchase.refundedMinor + amount, pointsReversed: reverse, balance, memberId: purchase.memberId }}::jsonb)`;
    return { refundId: refund.id, refundedMinor: amount, pointsReversed: reverse, balance };
  });
}
