// Claiming outbox rows before sending them (STYLE.md: claim first, never stamp "sent" after
// the fact). One short transaction picks due rows with FOR UPDATE SKIP LOCKED, applies the
// send-time rules (business switches, member preferences and unsubscribe, marketing cadence)
// and marks the survivors SENDING with a lease and a batch key, then commits; delivery happens
// after. A claimer that dies leaves SENDING rows whose lease runs out: the next run re-sends
// exactly that batch under the same key, which the provider recognises as a repeat.
import "server-only";
import { inTransaction, type Tx } from "@/lib/loyalty/tx";
import { planMarketing, type DueNotice } from "./cadence";
import { isEmailKind, KIND_RULES, MARKETING_KINDS, type EmailKind } from "./kinds";
import { parseEmailSettings } from "./schemas";

export type ClaimedEmail = {
  id: string;
  kind: EmailKind;
  toEmail: string;
  subject: string;
  payload: { props?: Record<string, unknown>; html?: string; text?: string; headers?: Record<string, string> };
  attempts: number;
  business: {
    name: string; senderName: string; brandColor: string; locale: string; currency: string; timeZone: string;
  } | null;
  unsubscribeToken: string | null;
  /** The member's own language choice (User.locale), or null */
  recipientLocale: string | null;
};

export type Claim = { batchKey: string; emails: ClaimedEmail[]; suppressed: number; postponed: number };

type Row = {
  id: string; kind: string; toEmail: string; subject: string; payload: ClaimedEmail["payload"]; attempts: number; createdAt: Date;
  memberId: string | null; businessId: string | null; batchKey: string | null;
};

// Claims are few and short; serialising them keeps the cadence check exact: two instances
// can never both pick a marketing mail for the same member inside one gap.
const CLAIM_LOCK = "email-outbox-claim";

/** Claims one batch (at most `size` rows), or returns null when nothing is due. */
export async function claimBatch(now: Date, size: number, leaseSeconds: number): Promise<Claim | null> {
  return inTransaction(async (tx) => {
    await tx.run`SELECT pg_advisory_xact_lock(hashtext(${CLAIM_LOCK}))`;
    const lease = new Date(now.getTime() + leaseSeconds * 1000);
    const stale = await claimStale(tx, now, size);
    if (stale.length > 0) {
      await tx.run`UPDATE "EmailMessage" SET attempts = attempts + 1, "nextAttemptAt" = ${lease}::timestamp(3)
        WHERE id = ANY(${stale.map((row) => row.id)}::text[])`;
      return { batchKey: stale[0]!.batchKey!, emails: await withContext(tx, stale), suppressed: 0, postponed: 0 };
    }

    const due = await tx.rows<Row>`
      SELECT id, kind, "toEmail", subject, payload, attempts, "createdAt", "memberId", "businessId", "batchKey" FROM "EmailMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp(3)
      ORDER BY "nextAttemptAt", id LIMIT ${size} FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return null;
    const decided = await decide(tx, await withOtherDueMarketing(tx, due, now), now);

    // The batch key is stored before anything is sent: a re-send after a crash uses it again.
    const ids = decided.send.map((row) => row.id).sort();
    if (ids.length > 0) {
      await tx.run`UPDATE "EmailMessage" SET status = 'SENDING', attempts = attempts + 1, "nextAttemptAt" = ${lease}::timestamp(3),
          "batchKey" = ${ids[0]}, "lastError" = NULL
        WHERE id = ANY(${ids}::text[])`;
    }
    if (decided.wait.length > 0) {
      await tx.run`UPDATE "EmailMessage" e SET "nextAttemptAt" = w.until
        FROM unnest(${decided.wait.map((w) => w.id)}::text[], ${decided.wait.map((w) => w.until.toISOString())}::timestamp(3)[]) AS w(id, until)
        WHERE e.id = w.id`;
    }
    if (decided.suppress.length > 0) {
      await tx.run`UPDATE "EmailMessage" e SET status = 'SUPPRESSED', "lastError" = s.reason
        FROM unnest(${decided.suppress.map((s) => s.id)}::text[], ${decided.suppress.map((s) => s.reason)}::text[]) AS s(id, reason)
        WHERE e.id = s.id`;
    }
    return {
      batchKey: ids[0] ?? "",
      emails: await withContext(tx, decided.send),
      suppressed: decided.suppress.length,
      postponed: decided.wait.length,
    };
  });
}

/** The oldest lapsed batch, whole: the same rows under the same key as when it was first sent. */
async function claimStale(tx: Tx, now: Date, size: number): Promise<Row[]> {
  const rows = await tx.rows<Row>`
    SELECT id, kind, "toEmail", subject, payload, attempts, "createdAt", "memberId", "businessId", "batchKey" FROM "EmailMessage"
    WHERE status = 'SENDING' AND "nextAttemptAt" <= ${now}::timestamp(3) AND "batchKey" IS NOT NULL
    ORDER BY "batchKey", id LIMIT ${size} FOR UPDATE SKIP LOCKED`;
  return rows.filter((row) => row.batchKey === rows[0]?.batchKey);
}

/** A member's other due marketing notices compete for the same slot, claimed or not. */
async function withOtherDueMarketing(tx: Tx, due: Row[], now: Date): Promise<Row[]> {
  const members = [...new Set(due.filter((row) => MARKETING_KINDS.includes(row.kind as EmailKind)).map((row) => row.memberId!))];
  if (members.length === 0) return due;
  const more = await tx.rows<Row>`
    SELECT id, kind, "toEmail", subject, payload, attempts, "createdAt", "memberId", "businessId", "batchKey" FROM "EmailMessage"
    WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp(3) AND "memberId" = ANY(${members}::text[])
      AND kind = ANY(${MARKETING_KINDS}::text[]) AND NOT (id = ANY(${due.map((row) => row.id)}::text[]))
    FOR UPDATE SKIP LOCKED`;
  return [...due, ...more];
}

type Decision = { send: Row[]; wait: { id: string; until: Date }[]; suppress: { id: string; reason: string }[] };

async function decide(tx: Tx, rows: Row[], now: Date): Promise<Decision> {
  const memberIds = [...new Set(rows.flatMap((row) => (row.memberId ? [row.memberId] : [])))];
  const businessIds = [...new Set(rows.flatMap((row) => (row.businessId ? [row.businessId] : [])))];
  const members = new Map(
    (await tx.rows<{ id: string; status: string; marketingConsent: boolean; emailPreferences: Record<string, boolean> | null }>`
      SELECT id, status::text AS status, "marketingConsent", "emailPreferences" FROM "Member" WHERE id = ANY(${memberIds}::text[])`).map((m) => [m.id, m]),
  );
  const businesses = new Map(
    (await tx.rows<{ id: string; marketingGapDays: number; emailSettings: unknown }>`
      SELECT id, "marketingGapDays", "emailSettings" FROM "Business" WHERE id = ANY(${businessIds}::text[])`).map((b) => [b.id, b]),
  );
  // SENDING counts as sent: it is on its way and takes the member's slot.
  const last = new Map(
    (await tx.rows<{ memberId: string; at: Date }>`
      SELECT "memberId", MAX(CASE WHEN status = 'SENT' THEN "sentAt" ELSE ${now}::timestamp(3) END) AS at FROM "EmailMessage"
      WHERE "memberId" = ANY(${memberIds}::text[]) AND kind = ANY(${MARKETING_KINDS}::text[]) AND status IN ('SENT', 'SENDING')
      GROUP BY "memberId"`).map((row) => [row.memberId, row.at]),
  );

  const decision: Decision = { send: [], wait: [], suppress: [] };
  const marketing = new Map<string, { notices: DueNotice[]; gapDays: number }>();
  for (const row of rows) {
    if (!isEmailKind(row.kind)) {
      decision.suppress.push({ id: row.id, reason: `Unknown email kind ${row.kind}` });
      continue;
    }
    const rule = KIND_RULES[row.kind];
    const business = row.businessId ? businesses.get(row.businessId) : undefined;
    const member = row.memberId ? members.get(row.memberId) : undefined;
    if (business && parseEmailSettings(business.emailSettings).disabled.includes(row.kind)) {
      decision.suppress.push({ id: row.id, reason: "Switched off by the business" });
    } else if (row.businessId && (!member || member.status !== "ACTIVE")) {
      decision.suppress.push({ id: row.id, reason: "Member no longer active" });
    } else if (rule.preference && member && (member.emailPreferences?.[rule.preference] === false || (rule.preference === "offers" && !member.marketingConsent))) {
      decision.suppress.push({ id: row.id, reason: "Member unsubscribed from this kind" });
    } else if (!rule.preference && now.getTime() - row.createdAt.getTime() > rule.staleAfterDays * 86_400_000) {
      decision.suppress.push({ id: row.id, reason: "Too old to be worth sending" });
    } else if (rule.preference && rule.capped !== false && row.memberId) {
      const group = marketing.get(row.memberId) ?? { notices: [], gapDays: business?.marketingGapDays ?? 7 };
      group.notices.push({ id: row.id, kind: row.kind, createdAt: row.createdAt });
      marketing.set(row.memberId, group);
    } else {
      decision.send.push(row);
    }
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const [memberId, { notices, gapDays }] of marketing) {
    const plan = planMarketing(notices, last.get(memberId) ?? null, now, gapDays);
    if (plan.send) decision.send.push(byId.get(plan.send)!);
    decision.wait.push(...plan.wait);
    decision.suppress.push(...plan.drop.map((id) => ({ id, reason: "Dropped by cadence: a more important mail went out" })));
  }
  return decision;
}

/** In id order (code units, not the database's collation): a re-sent batch must match byte for byte. */
async function withContext(tx: Tx, unordered: Row[]): Promise<ClaimedEmail[]> {
  if (unordered.length === 0) return [];
  const rows = [...unordered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const context = await tx.rows<{ id: string; unsubscribeToken: string | null; recipientLocale: string | null; business: ClaimedEmail["business"] }>`
    SELECT e.id, m."unsubscribeToken", u.locale AS "recipientLocale",
      CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('name', b.name, 'senderName', b."senderName", 'brandColor', b."brandColor",
        'locale', b.locale, 'currency', b.currency, 'timeZone', b."timeZone") END AS business
    FROM "EmailMessage" e LEFT JOIN "Member" m ON m.id = e."memberId" LEFT JOIN "User" u ON u.id = m."userId"
      LEFT JOIN "Business" b ON b.id = e."businessId"
    WHERE e.id = ANY(${rows.map((row) => row.id)}::text[])`;
  const byId = new Map(context.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as EmailKind,
    toEmail: row.toEmail,
    subject: row.subject,
    payload: row.payload,
    attempts: row.attempts + 1,
    business: byId.get(row.id)?.business ?? null,
    unsubscribeToken: byId.get(row.id)?.unsubscribeToken ?? null,
    recipientLocale: byId.get(row.id)?.recipientLocale ?? null,
  }));
}
