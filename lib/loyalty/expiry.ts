/**
 * Expiry (run daily by the expire-points cron). Per-lot policy: what is left of each lot past
 * its lotExpiresAt becomes an EXPIRE entry consuming exactly that remainder, never points
 * already spent (DESIGN.md §4.6). Inactivity policy: after N months without activity the
 * member's remaining lots expire. Unused vouchers past their date expire and give back their
 * points. Idempotent: each lot's expiry has the key expire/<lotId>, so re-runs find nothing.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { postDebit } from "./ledger";
import { addMonths } from "./rules/local-time";
import { inTransaction, lockMember } from "./tx";
import { giveBack } from "./voucher-use";

export type ExpiryRun = { membersTouched: number; lotsExpired: number; pointsExpired: number; vouchersExpired: number };

export async function expirePoints(businessId: string, now = new Date()): Promise<ExpiryRun> {
  const program = await db.program.findUnique({ where: { businessId }, select: { expiryPolicy: true, expiryMonths: true } });
  const run: ExpiryRun = { membersTouched: 0, lotsExpired: 0, pointsExpired: 0, vouchersExpired: 0 };
  if (!program) return run;

  const candidates =
    program.expiryPolicy === "INACTIVITY" && program.expiryMonths
      ? await db.$queryRaw<{ memberId: string }[]>`
          SELECT id AS "memberId" FROM "Member"
          WHERE "businessId" = ${businessId} AND balance > 0 AND "lastActivityAt" < ${addMonths(now, -program.expiryMonths)}`
      : await db.$queryRaw<{ memberId: string }[]>`
          SELECT DISTINCT "memberId" FROM "LedgerLot"
          WHERE "businessId" = ${businessId} AND remaining > 0 AND "expiresAt" <= ${now}`;

  for (const { memberId } of candidates) {
    const expired = await inTransaction(async (tx) => {
      const member = await lockMember(tx, businessId, memberId);
      if (!member) return { lots: 0, points: 0 };
      // Re-read under the lock: a redemption may have spent some of these lots meanwhile.
      const lots = await tx.rows<{ id: string; remaining: number }>`
        SELECT "entryId" AS id, remaining FROM "LedgerLot"
        WHERE "memberId" = ${memberId} AND remaining > 0
          AND (${program.expiryPolicy === "INACTIVITY"} OR "expiresAt" <= ${now}::timestamp(3))`;
      let points = 0;
      for (const lot of lots) {
        await postDebit(tx, member, {
          kind: "EXPIRE",
          points: lot.remaining,
          from: { kind: "lots", lotIds: [lot.id] },
          lifetime: "none",
          reason: program.expiryPolicy === "INACTIVITY" ? "Expired after inactivity" : "Points expired",
          idempotencyKey: `expire/${lot.id}`,
        });
        points += lot.remaining;
      }
      return { lots: lots.length, points };
    });
    if (expired.lots > 0) run.membersTouched++;
    run.lotsExpired += expired.lots;
    run.pointsExpired += expired.points;
  }

  const vouchers = await db.redemption.findMany({
    where: { businessId, status: "ISSUED", expiresAt: { lte: now } },
    select: { id: true },
  });
  for (const { id } of vouchers) {
    run.vouchersExpired += await inTransaction(async (tx) => {
      const [voucher] = await tx.rows<Parameters<typeof giveBack>[1]>`
        SELECT id, "businessId", code, "memberId", "rewardId", points, status::text AS status, "expiresAt", "usedAt"
        FROM "Redemption" WHERE id = ${id} FOR UPDATE`;
      if (!voucher || voucher.status !== "ISSUED") return 0;
      await giveBack(tx, voucher, "EXPIRED", "Voucher expired unused", {}, now);
      return 1;
    });
  }
  return run;
}
