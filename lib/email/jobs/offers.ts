// The offers side of the milestones run: birthdays today (business time zone), win-back for
// members who lapsed (no visit in twice their usual gap, at least 30 days), and the monthly
// touch for active opted-in members nobody has written to lately (cadence.ts decides who).
import "server-only";
import type { Tx } from "@/lib/loyalty/tx";
import { needsTouch } from "../cadence";
import { MARKETING_KINDS } from "../kinds";
import { insertNotices, localDay, type JobBusiness } from "./notices";

export async function queueOffers(tx: Tx, business: JobBusiness, now: Date): Promise<number> {
  const off = (kind: "birthday" | "win-back" | "touch") => business.settings.disabled.includes(kind);
  let queued = 0;
  if (!off("birthday")) {
    const today = localDay(now, business.timeZone);
    const rows = await tx.rows<{ id: string; name: string | null; bonus: number }>`
      SELECT m.id, m."displayName" AS name, COALESCE(p."birthdayBonus", 0) AS bonus
      FROM "Member" m LEFT JOIN "Program" p ON p."businessId" = m."businessId"
      WHERE m."businessId" = ${business.id} AND m.status = 'ACTIVE' AND to_char(m.birthday, 'MM-DD') = ${today.monthDay}`;
    queued += await insertNotices(tx, business.id, "birthday", now, rows.map((r) => ({
      memberId: r.id, dedupeKey: `birthday/${today.year}/${r.id}`, props: { name: r.name, bonusPoints: r.bonus },
    })));
  }
  if (!off("win-back")) {
    const rows = await tx.rows<{ id: string; name: string | null; balance: number; lastPurchaseId: string }>`
      SELECT m.id, m."displayName" AS name, m.balance, s.last_id AS "lastPurchaseId"
      FROM (SELECT "memberId", COUNT(*) AS n, MIN("occurredAt") AS first, MAX("occurredAt") AS last,
              (array_agg(id ORDER BY "occurredAt" DESC))[1] AS last_id
            FROM "Purchase" WHERE "businessId" = ${business.id} AND "memberId" IS NOT NULL AND "occurredAt" <= ${now}::timestamp(3)
            GROUP BY "memberId" HAVING COUNT(*) >= 2) s
      JOIN "Member" m ON m.id = s."memberId"
      WHERE m.status = 'ACTIVE' AND s.last > ${now}::timestamp(3) - interval '365 days'
        AND ${now}::timestamp(3) - s.last > GREATEST(interval '30 days', 2 * (s.last - s.first) / (s.n - 1))`;
    // One win-back per lapse: the key names the last visit, so a member who comes back and
    // lapses again can be written to again.
    queued += await insertNotices(tx, business.id, "win-back", now, rows.map((r) => ({
      memberId: r.id, dedupeKey: `win-back/${r.lastPurchaseId}/${r.id}`, props: { name: r.name, balance: r.balance, variant: "winBack" },
    })));
  }
  if (!off("touch")) {
    const rows = await tx.rows<{ id: string; name: string | null; balance: number; joinedAt: Date; lastActivityAt: Date | null; lastMarketingAt: Date | null; waiting: boolean }>`
      SELECT m.id, m."displayName" AS name, m.balance, m."joinedAt", m."lastActivityAt",
        (SELECT MAX(e."sentAt") FROM "EmailMessage" e WHERE e."memberId" = m.id AND e.status = 'SENT' AND e.kind = ANY(${MARKETING_KINDS}::text[])) AS "lastMarketingAt",
        EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."memberId" = m.id AND e.status IN ('PENDING', 'SENDING') AND e.kind = ANY(${MARKETING_KINDS}::text[])) AS waiting
      FROM "Member" m
      WHERE m."businessId" = ${business.id} AND m.status = 'ACTIVE' AND m."marketingConsent"
        AND m."lastActivityAt" > ${now}::timestamp(3) - interval '90 days'`;
    const day = localDay(now, business.timeZone).date;
    const due = rows.filter((r) => !r.waiting && needsTouch({ ...r, optedIn: true }, now, business.touchEveryDays));
    queued += await insertNotices(tx, business.id, "touch", now, due.map((r) => ({
      memberId: r.id, dedupeKey: `touch/${day}/${r.id}`, props: { name: r.name, balance: r.balance, variant: "touch" },
    })));
  }
  return queued;
}
