// Random sequences of earn, redeem, refund and adjust on one member, checked after every
// step against a simple in-memory model of the rules and the ledger invariants.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { adjustPoints } from "./adjust";
import { LoyaltyError } from "./errors";
import { recordPurchase } from "./purchases";
import { redeemReward } from "./redeem";
import { refundPurchase } from "./refunds";

const COST = 30;
let businessId: string;
let rewardId: string;
let owner: string;

beforeAll(async () => {
  const business = await db.business.create({
    data: { name: "Model café", slug: `model-${process.pid}`, currency: "PHP", timeZone: "Asia/Manila", senderName: "M", program: { create: { earnPoints: 1, earnPerMinor: 1000 } } },
  });
  businessId = business.id;
  rewardId = (await db.reward.create({ data: { businessId, kind: "FREE_ITEM", name: "Cookie", pointsCost: COST } })).id;
  owner = (await db.user.create({ data: { email: `model-owner-${process.pid}@test.local` } })).id;
});

type Op =
  | { kind: "earn"; amountMinor: number }
  | { kind: "redeem" }
  | { kind: "refund"; pick: number; share: number }
  | { kind: "adjust"; points: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("earn" as const), amountMinor: fc.integer({ min: 1, max: 120_000 }) }),
  fc.record({ kind: fc.constant("redeem" as const) }),
  fc.record({ kind: fc.constant("refund" as const), pick: fc.nat(), share: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ kind: fc.constant("adjust" as const), points: fc.integer({ min: -80, max: 80 }).filter((points) => points !== 0) }),
);

type ModelPurchase = { id: string; amount: number; refunded: number; earned: number; reversed: number };

describe("the ledger against a model", () => {
  it("keeps balance == model == SUM(ledger) through random operations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 20 }), async (ops) => {
        const { memberId } = await createTestMember(businessId);
        const purchases: ModelPurchase[] = [];
        let balance = 0;
        for (const step of ops) {
          if (step.kind === "earn") {
            const result = await recordPurchase({ businessId, memberId, amountMinor: step.amountMinor, currency: "PHP", externalId: nextReceipt() });
            const earned = Math.floor(step.amountMinor / 1000);
            expect(result.pointsEarned).toBe(earned);
            purchases.push({ id: result.purchaseId, amount: step.amountMinor, refunded: 0, earned, reversed: 0 });
            balance += earned;
          } else if (step.kind === "redeem") {
            const attempt = redeemReward({ businessId, memberId, rewardId });
            if (balance >= COST) {
              await attempt;
              balance -= COST;
            } else {
              await expect(attempt).rejects.toMatchObject({ code: balance < 0 ? "negative_balance" : "insufficient_points" });
            }
          } else if (step.kind === "refund") {
            const open = purchases.filter((purchase) => purchase.refunded < purchase.amount);
            if (open.length === 0) continue;
            const target = open[step.pick % open.length]!;
            const left = target.amount - target.refunded;
            const amount = Math.max(1, Math.floor((left * step.share) / 100));
            const result = await refundPurchase({ businessId, purchaseId: target.id, amountMinor: amount });
            target.refunded += amount;
            const reverse = Math.floor((target.earned * target.refunded) / target.amount) - target.reversed;
            expect(result.pointsReversed).toBe(reverse);
            target.reversed += reverse;
            balance -= reverse;
          } else {
            const attempt = adjustPoints({ businessId, memberId, points: step.points, reason: "model step" }, owner);
            if (step.points > 0 || balance >= -step.points) {
              await attempt;
              balance += step.points;
            } else {
              await expect(attempt).rejects.toBeInstanceOf(LoyaltyError);
            }
          }
          expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(balance);
        }
        const [sum] = await db.$queryRaw<{ total: number }[]>`SELECT COALESCE(SUM(points), 0)::int AS total FROM "LedgerEntry" WHERE "memberId" = ${memberId}`;
        expect(sum!.total).toBe(balance);
      }),
      { numRuns: 30 },
    );
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  }, 120_000);
});
