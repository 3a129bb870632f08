// The engine keeps each business's decoded program between purchases (lib/loyalty/program.ts)
// and must see every change to it at once: database triggers move Business.configVersion on
// any change to the program, tiers, promotions, punch cards, a card's reward name, or the
// business row, and not on the writes every redemption makes.
import { describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db/client";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import { loadProgram } from "./program";
import { recordPurchase } from "./purchases";
import { inTransaction } from "./tx";

const cafe = await createTestBusiness();
const businessId = cafe.business.id;
const version = async () => (await db.business.findUniqueOrThrow({ where: { id: businessId }, select: { configVersion: true } })).configVersion;
const buy = (memberId: string, amountMinor = 45_000) => recordPurchase({ businessId, memberId, amountMinor, currency: "PHP", externalId: nextReceipt() });

describe("the engine's copy of a program", () => {
  it("earns at the new rate on the purchase right after the owner changes it", async () => {
    const { memberId } = await createTestMember(businessId);
    expect((await buy(memberId)).pointsEarned).toBe(45);
    await db.program.update({ where: { businessId }, data: { earnPoints: 2 } });
    expect((await buy(memberId)).pointsEarned).toBe(90);
    await db.program.update({ where: { businessId }, data: { earnPoints: 1 } });
    expect((await buy(memberId)).pointsEarned).toBe(45);
  });

  it("sees tier multipliers, promotions and punch-card rewards as they are now", async () => {
    const { memberId } = await createTestMember(businessId);
    await db.tier.update({ where: { id: cafe.tiers[0]!.id }, data: { multiplierBp: 20_000 } });
    expect((await buy(memberId)).pointsEarned).toBe(90);
    await db.tier.update({ where: { id: cafe.tiers[0]!.id }, data: { multiplierBp: 10_000 } });

    await db.promotion.create({ data: { businessId, name: "Double week", multiplierBp: 20_000, active: true } });
    const promoted = await inTransaction((tx) => loadProgram(tx, businessId));
    expect(promoted.promotions.map((promotion) => promotion.name)).toEqual(["Double week"]);
    await db.promotion.updateMany({ where: { businessId }, data: { active: false } });
    expect((await inTransaction((tx) => loadProgram(tx, businessId))).promotions).toEqual([]);

    await db.reward.update({ where: { id: cafe.coffee.id }, data: { name: "Free flat white" } });
    const program = await inTransaction((tx) => loadProgram(tx, businessId));
    expect(program.punchCards[0]!.reward!.name).toBe("Free flat white");
  });

  it("moves the version on every change the engine reads, and not on a redemption's stock write", async () => {
    const changes: [string, () => Promise<unknown>][] = [
      ["program", () => db.program.update({ where: { businessId }, data: { pendingDays: 0 } })],
      ["tier", () => db.tier.update({ where: { id: cafe.tiers[1]!.id }, data: { name: "Silver Suki" } })],
      ["punch card", () => db.punchCard.updateMany({ where: { businessId }, data: { stampsRequired: 6 } })],
      ["reward voucher days", () => db.reward.update({ where: { id: cafe.coffee.id }, data: { voucherDays: 14 } })],
      ["business zone", () => db.business.update({ where: { id: businessId }, data: { timeZone: "Asia/Manila" } })],
      ["tier removed", () => db.tier.delete({ where: { id: cafe.tiers[2]!.id } })],
    ];
    for (const [what, change] of changes) {
      const before = await version();
      await change();
      expect({ what, moved: (await version()) !== before }).toEqual({ what, moved: true });
    }
    const before = await version();
    await db.reward.update({ where: { id: cafe.coffee.id }, data: { stock: 10 } });
    await pool.query(`UPDATE "Reward" SET stock = stock - 1 WHERE id = $1`, [cafe.coffee.id]);
    expect(await version()).toBe(before);
  });

  it("never reuses a version read inside a change that was rolled back", async () => {
    let inside = 0;
    await inTransaction(async (tx) => {
      await tx.run`UPDATE "Program" SET "earnPoints" = 7 WHERE "businessId" = ${businessId}`;
      inside = (await loadProgram(tx, businessId)).program.earnPoints;
      throw new Error("roll back");
    }).catch(() => undefined);
    expect(inside).toBe(7);
    expect((await inTransaction((tx) => loadProgram(tx, businessId))).program.earnPoints).toBe(1);
    // The next committed change must not be mistaken for the rolled-back one.
    await db.program.update({ where: { businessId }, data: { earnPoints: 3 } });
    expect((await inTransaction((tx) => loadProgram(tx, businessId))).program.earnPoints).toBe(3);
    await db.program.update({ where: { businessId }, data: { earnPoints: 1 } });
  });

  it("hands out a frozen program, so no rule can change it for later purchases", async () => {
    const program = await inTransaction((tx) => loadProgram(tx, businessId));
    expect(() => {
      (program.program as { earnPoints: number }).earnPoints = 99;
    }).toThrow(TypeError);
  });
});
