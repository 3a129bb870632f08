// Points for more than purchases: the yearly birthday bonus and owner-defined actions
// (a review, attending an event) credited by staff or the API.
import "server-only";
import { LoyaltyError } from "./errors";
import { onceInTransaction } from "./idempotency";
import { postCredit, type Actor } from "./ledger";
import { loadProgram, lotExpiry } from "./program";
import { localParts } from "./rules/local-time";
import { creditActionSchema, parseInput, type CreditActionInput } from "./schemas";
import { inTransaction, lockMember } from "./tx";

/** Credits the birthday bonus when today (business time) is the member's birthday; once a year. */
export async function creditBirthdayBonus(input: { businessId: string; memberId: string }, now = new Date()) {
  return inTransaction(async (tx) => {
    const program = await loadProgram(tx, input.businessId);
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    const { birthday } = (await tx.one<{ birthday: Date | null }>`SELECT birthday FROM "Member" WHERE id = ${member.id}`)!;
    const today = localParts(now, program.timeZone);
    const isBirthday = birthday && birthday.getUTCMonth() + 1 === today.month && birthday.getUTCDate() === today.day;
    if (!isBirthday || program.program.birthdayBonus <= 0 || member.status !== "ACTIVE") return { credited: 0 };
    const key = `birthday/${member.id}/${today.year}`;
    const already = await tx.one`SELECT id FROM "LedgerEntry" WHERE "businessId" = ${input.businessId} AND "idempotencyKey" = ${key}`;
    if (already) return { credited: 0 };
    await postCredit(tx, member, {
      kind: "BONUS",
      points: program.program.birthdayBonus,
      lotExpiresAt: lotExpiry(program.program, now),
      lifetime: "earned",
      reason: "Happy birthday!",
      idempotencyKey: key,
    });
    return { credited: program.program.birthdayBonus };
  });
}

/** Credits an owner-defined action, at most maxPerMember times per member. */
export async function creditAction(raw: CreditActionInput, actor: Actor = {}, now = new Date()) {
  const input = parseInput(creditActionSchema, raw);
  return onceInTransaction("action", input, async (tx) => {
    const action = await tx.one<{ key: string; name: string; points: number; maxPerMember: number | null; active: boolean }>`
      SELECT key, name, points, "maxPerMember", active FROM "LoyaltyAction" WHERE "businessId" = ${input.businessId} AND key = ${input.actionKey}`;
    if (!action || !action.active) throw new LoyaltyError("action_not_found");
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    if (member.status !== "ACTIVE") throw new LoyaltyError("member_inactive");
    const prefix = `action/${action.key}/${member.id}/`;
    const { count } = (await tx.one<{ count: number }>`
      SELECT COUNT(*)::int AS count FROM "LedgerEntry" WHERE "memberId" = ${member.id} AND starts_with("idempotencyKey", ${prefix})`)!;
    if (action.maxPerMember !== null && count >= action.maxPerMember) throw new LoyaltyError("action_limit_reached");
    const program = await loadProgram(tx, input.businessId);
    const posted = await postCredit(tx, member, {
      kind: "BONUS",
      points: action.points,
      lotExpiresAt: lotExpiry(program.program, now),
      lifetime: "earned",
      reason: action.name,
      idempotencyKey: `${prefix}${count + 1}`,
      actor,
    });
    return { entryId: posted.entryId, points: action.points, balance: posted.balance };
  });
}
