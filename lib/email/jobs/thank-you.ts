// Thank-you notes: one per purchase, once the business's delay has passed. Purchases older
// than two days are left alone (a late note reads as a form letter, and the first run on an
// imported history must not thank a year of visits).
import "server-only";
import { inTransaction } from "@/lib/loyalty/tx";
import { businessesForJobs, insertNotices } from "./notices";

const LOOKBACK_MS = 2 * 86_400_000;

export async function queueThankYouNotes(now = new Date()): Promise<{ queued: number }> {
  let queued = 0;
  for (const business of await businessesForJobs()) {
    if (business.settings.disabled.includes("thank-you")) continue;
    const before = new Date(now.getTime() - business.thankYouDelayMinutes * 60_000);
    queued += await inTransaction(async (tx) => {
      const purchases = await tx.rows<{ id: string; memberId: string; name: string | null; amountMinor: number; occurredAt: Date; earned: number; balance: number }>`
        SELECT p.id, p."memberId", m."displayName" AS name, p."amountMinor", p."occurredAt", m.balance,
          COALESCE((SELECT SUM(l.points) FROM "LedgerEntry" l WHERE l."purchaseId" = p.id AND l.kind = 'EARN'), 0)::int AS earned
        FROM "Purchase" p JOIN "Member" m ON m.id = p."memberId"
        WHERE p."businessId" = ${business.id} AND p."occurredAt" <= ${before}::timestamp(3)
          AND p."occurredAt" > ${new Date(now.getTime() - LOOKBACK_MS)}::timestamp(3) AND p."refundedMinor" < p."amountMinor"
          AND NOT EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."dedupeKey" = 'thank-you/' || p.id)`;
      return insertNotices(
        tx,
        business.id,
        "thank-you",
        now,
        purchases.map((p) => ({
          memberId: p.memberId,
          dedupeKey: `thank-you/${p.id}`,
          props: { name: p.name, amountMinor: p.amountMinor, occurredAt: p.occurredAt.toISOString(), pointsEarned: p.earned, balance: p.balance },
        })),
      );
    });
  }
  return { queued };
}
