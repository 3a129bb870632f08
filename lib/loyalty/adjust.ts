// Manual adjustments by an owner: a required reason, the acting user on the ledger entry, and
// an audit row in the same transaction. A deduction never takes more than is spendable.
import "server-only";
import { randomUUID } from "node:crypto";
import { LoyaltyError } from "./errors";
import { onceInTransaction } from "./idempotency";
import { postCredit, postDebit } from "./ledger";
import { loadProgram, lotExpiry } from "./program";
import { adjustPointsSchema, parseInput, type AdjustPointsInput } from "./schemas";
import { lockMember } from "./tx";

export async function adjustPoints(raw: AdjustPointsInput, actorUserId: string, now = new Date()) {
  const input = parseInput(adjustPointsSchema, raw);
  return onceInTransaction("adjust", input, async (tx) => {
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    const before = member.balance;
    const common = { reason: input.reason, actor: { userId: actorUserId } };
    const posted =
      input.points > 0
        ? await postCredit(tx, member, {
            ...common,
            kind: "ADJUST",
            points: input.points,
            lotExpiresAt: lotExpiry((await loadProgram(tx, input.businessId)).program, now),
            lifetime: "none",
          })
        : await postDebit(tx, member, { ...common, kind: "ADJUST", points: -input.points, from: { kind: "spendable", now }, lifetime: "none" });
    await tx.run`
      INSERT INTO "AuditLog" (id, "businessId", "actorUserId", action, "entityType", "entityId", before, after)
      VALUES (${randomUUID()}, ${input.businessId}, ${actorUserId}, 'points.adjust', 'Member', ${member.id},
        ${{ balance: before }}::jsonb, ${{ balance: posted.balance, points: input.points, reason: input.reason, entryId: posted.entryId }}::jsonb)`;
    return { entryId: posted.entryId, balance: posted.balance };
  });
}
