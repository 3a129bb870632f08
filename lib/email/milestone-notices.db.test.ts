// The engine queues the milestones it witnesses in the same transaction as their cause.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";

describe("milestones queued by the engine", () => {
  it("a tier reached and a punch card filled each queue one notice; a replayed purchase none", async () => {
    const { business } = await createTestBusiness();
    const { memberId } = await createTestMember(business.id);
    const buy = (amountMinor: number, externalId = nextReceipt()) =>
      recordPurchase({ businessId: business.id, memberId, amountMinor, currency: "PHP", externalId });

    const big = nextReceipt();
    await buy(600_000, big); // ₱6,000: Silver (₱5,000)
    await buy(600_000, big); // the same receipt again: a replay
    for (let i = 0; i < 4; i++) await buy(10_000); // five visits fill the 5-stamp card

    const notices = await db.emailMessage.findMany({ where: { memberId, kind: "milestone" }, orderBy: { createdAt: "asc" }, select: { dedupeKey: true, payload: true } });
    expect(notices.map((n) => (n.payload as { props: { milestone: unknown } }).props.milestone)).toEqual([
      { kind: "tier", tierName: "Silver", perks: "" },
      { kind: "punch-card", cardName: "Coffee card", rewardName: "Free coffee" },
    ]);
    expect(notices[0]!.dedupeKey).toMatch(new RegExp(`^milestone/tier-[\\w-]+/${memberId}$`));
    expect(await db.emailMessage.count({ where: { memberId, kind: "voucher-issued" } })).toBe(1);
  });
});
