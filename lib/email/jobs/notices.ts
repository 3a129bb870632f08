// The shared last step of the scheduled jobs: queue notices for members in one statement.
// Inactive members, members without an address and members who switched the kind off get no
// row at all; the dedupe key turns a re-run into a no-op.
import { dateTimeFormat } from "@/lib/format/intl";
import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/loyalty/tx";
import { KIND_RULES, type EmailKind } from "../kinds";
import { parseEmailSettings, type EmailSettings } from "../schemas";

export type Notice = { memberId: string; dedupeKey: string; props: Record<string, unknown> };

export async function insertNotices(tx: Tx, businessId: string, kind: EmailKind, now: Date, notices: Notice[]): Promise<number> {
  if (notices.length === 0) return 0;
  const preference = KIND_RULES[kind].preference ?? "";
  return tx.run`
    INSERT INTO "EmailMessage" (id, "businessId", "memberId", kind, "dedupeKey", "toEmail", subject, payload, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, m."businessId", m.id, ${kind}, n.key, u.email, ${KIND_RULES[kind].label},
      jsonb_build_object('props', n.props::jsonb), ${now}::timestamp(3), ${now}::timestamp(3)
    FROM unnest(${notices.map((n) => n.memberId)}::text[], ${notices.map((n) => n.dedupeKey)}::text[], ${notices.map((n) => JSON.stringify(n.props))}::text[])
      AS n(member_id, key, props)
    JOIN "Member" m ON m.id = n.member_id AND m."businessId" = ${businessId} AND m.status = 'ACTIVE'
    JOIN "User" u ON u.id = m."userId"
    WHERE ${preference} = '' OR (COALESCE((m."emailPreferences" ->> ${preference})::boolean, true)
      AND (${preference} <> 'offers' OR m."marketingConsent"))
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

export type JobBusiness = {
  id: string; name: string; timeZone: string; currency: string; thankYouDelayMinutes: number; touchEveryDays: number;
  settings: EmailSettings;
};

export async function businessesForJobs(): Promise<JobBusiness[]> {
  const rows = await db.business.findMany({
    select: { id: true, name: true, timeZone: true, currency: true, thankYouDelayMinutes: true, touchEveryDays: true, emailSettings: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ emailSettings, ...business }) => ({ ...business, settings: parseEmailSettings(emailSettings) }));
}

/** Today in the business's time zone: `YYYY-MM-DD`, `MM-DD` and the year. */
export function localDay(now: Date, timeZone: string): { date: string; monthDay: string; year: number } {
  const parts = dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)!.value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, monthDay: `${get("month")}-${get("day")}`, year: Number(get("year")) };
}
