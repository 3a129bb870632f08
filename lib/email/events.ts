// Invitations to a preview event: the owner names the event and the audience (opted-in
// members, optionally from a tier up) and every one of them gets an invitation through the
// outbox, under the offers switch and the marketing cadence. The dedupe key is made of the
// event's time and name, so submitting the same invitation twice invites nobody twice.
import "server-only";
import { createHash } from "node:crypto";
import { localMidnightUtc } from "@/lib/loyalty/rules/local-time";
import { inTransaction } from "@/lib/loyalty/tx";
import { insertNotices } from "./jobs/notices";
import type { InviteToEventInput } from "./schemas";

export type InviteResult = { ok: true; queued: number } | { ok: false; message: string };

export async function inviteToEvent(businessId: string, input: Omit<InviteToEventInput, "slug">, now = new Date()): Promise<InviteResult> {
  return inTransaction(async (tx) => {
    const business = await tx.one<{ timeZone: string }>`SELECT "timeZone" FROM "Business" WHERE id = ${businessId}`;
    if (!business) return { ok: false, message: "No such business." };
    const [date, time] = input.startsAt.split("T") as [string, string];
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    const [hour, minute] = time.split(":").map(Number) as [number, number];
    const startsAt = new Date(localMidnightUtc(year, month, day, business.timeZone).getTime() + (hour * 60 + minute) * 60_000);
    if (startsAt <= now) return { ok: false, message: "The event must be in the future." };

    const minRank = input.minTierId
      ? (await tx.one<{ rank: number }>`SELECT rank FROM "Tier" WHERE id = ${input.minTierId} AND "businessId" = ${businessId}`)?.rank
      : 0;
    if (minRank === undefined) return { ok: false, message: "No such tier." };
    const members = await tx.rows<{ id: string; name: string | null }>`
      SELECT m.id, m."displayName" AS name FROM "Member" m LEFT JOIN "Tier" t ON t.id = m."tierId"
      WHERE m."businessId" = ${businessId} AND m.status = 'ACTIVE' AND m."marketingConsent" AND COALESCE(t.rank, 0) >= ${minRank}`;
    const eventKey = createHash("sha256").update(`${startsAt.toISOString()}\n${input.eventName}`).digest("base64url").slice(0, 16);
    const queued = await insertNotices(tx, businessId, "event-invitation", now, members.map((m) => ({
      memberId: m.id,
      dedupeKey: `event-invitation/${eventKey}/${m.id}`,
      props: { name: m.name, eventName: input.eventName, startsAt: startsAt.toISOString(), details: input.details },
    })));
    return { ok: true, queued };
  });
}
