import "server-only";
import { randomUUID } from "node:crypto";
import { queuePunchCardCompleted } from "@/lib/email/milestone-notices";
import type { PurchaseItem } from "./rules/earn";
import { addStamps, stampsForPurchase } from "./rules/punch-cards";
import type { LoadedProgram } from "./program";
import type { Tx } from "./tx";
import { issueVoucher, type IssuedVoucher } from "./vouchers";

/** Stamps every active card for a purchase; a full card issues its reward and starts anew. */
export async function stampPunchCards(
  tx: Tx,
  program: LoadedProgram,
  input: { memberId: string; purchaseId: string; amountMinor: number; items?: PurchaseItem[]; now: Date },
): Promise<{ stampsAdded: number; vouchers: IssuedVoucher[] }> {
  let stampsAdded = 0;
  const vouchers: IssuedVoucher[] = [];
  for (const card of program.punchCards) {
    const stamps = stampsForPurchase(card, { amountMinor: input.amountMinor, items: input.items });
    if (stamps <= 0) continue;
    const progress = (await tx.one<{ stamps: number; completed: number }>`
      SELECT stamps, completed FROM "MemberPunchCard" WHERE "memberId" = ${input.memberId} AND "punchCardId" = ${card.id}`) ?? { stamps: 0, completed: 0 };
    const next = addStamps(progress, stamps, card.stampsRequired);
    // The member row lock is held, so this read-then-write cannot race another purchase.
    await tx.run`
      INSERT INTO "MemberPunchCard" (id, "businessId", "memberId", "punchCardId", stamps, completed, "updatedAt")
      VALUES (${randomUUID()}, ${program.id}, ${input.memberId}, ${card.id}, ${next.stamps}, ${next.completed}, now())
      ON CONFLICT ("memberId", "punchCardId") DO UPDATE SET stamps = EXCLUDED.stamps, completed = EXCLUDED.completed, "updatedAt" = now()`;
    stampsAdded += stamps;
    for (let index = 0; index < next.cardsCompleted && card.reward; index++) {
      vouchers.push(
        await issueVoucher(tx, {
          businessId: program.id,
          memberId: input.memberId,
          rewardId: card.reward.id,
          rewardName: card.reward.name,
          source: "PUNCH_CARD",
          points: 0,
          validDays: card.reward.voucherDays,
          now: input.now,
          idempotencyKey: `punch/${input.purchaseId}/${card.id}/${index}`,
        }),
      );
    }
    if (next.cardsCompleted > 0) {
      const member = { id: input.memberId, businessId: program.id };
      await queuePunchCardCompleted(tx, member, { id: card.id, name: card.name, rewardName: card.reward?.name ?? null }, next.completed, input.now);
    }
  }
  return { stampsAdded, vouchers };
}
