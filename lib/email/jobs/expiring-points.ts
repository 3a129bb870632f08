// Expiring-points warnings: members whose credit lots (LedgerLot, remaining > 0) expire
// within the business's warning window get one notice per first-expiry date, so a later batch
// of lots earns its own warning and a re-run none.
import "server-only";
import { inTransaction } from "@/lib/loyalty/tx";
import { businessesForJobs, insertNotices } from "./notices";

export async function queueExpiringPoints(now = new Date()): Promise<{ queued: number }> {
  let queued = 0;
  for (const business of await businessesForJobs()) {
    if (business.settings.disabled.includes("points-expiring")) continue;
    const until = new Date(now.getTime() + business.settings.expiringWarnDays * 86_400_000);
    queued += await inTransaction(async (tx) => {
      const rows = await tx.rows<{ memberId: string; name: string | null; expiring: number; first: Date; balance: number }>`
        SELECT l."memberId", m."displayName" AS name, SUM(l.remaining)::int AS expiring, MIN(l."expiresAt") AS first, m.balance
        FROM "LedgerLot" l JOIN "Member" m ON m.id = l."memberId"
        WHERE l."businessId" = ${business.id} AND l.remaining > 0
          AND l."expiresAt" > ${now}::timestamp(3) AND l."expiresAt" <= ${until}::timestamp(3)
        GROUP BY l."memberId", m."displayName", m.balance`;
      return insertNotices(tx, business.id, "points-expiring", now, rows.map((r) => ({
        memberId: r.memberId,
        dedupeKey: `points-expiring/${r.first.toISOString().slice(0, 10)}/${r.memberId}`,
        props: { name: r.name, expiringPoints: Math.min(r.expiring, Math.max(r.balance, 0)), expiresAt: r.first.toISOString(), balance: r.balance },
      })));
    });
  }
  return { queued };
}
