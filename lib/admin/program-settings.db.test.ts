// The program page's save, called as the owner would (only Auth.js's session read is replaced):
// validation, one audited transaction, future events only, and tenant isolation.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { updateProgramSettingsAction } from "@/app/(admin)/admin/[slug]/program/actions";
import { getProgramSettings, updateProgramSettings } from "@/lib/admin/program-settings";
import type { ProgramSettings } from "@/lib/admin/program-schemas";
import { db } from "@/lib/db/client";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { actAs } from "@/test/auth-stub";
import { createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import { createOwnerWorld, type OwnerWorld } from "@/test/owner-world";

let world: OwnerWorld;
let slug: string;

beforeAll(async () => {
  world = await createOwnerWorld();
  slug = world.kape.business.slug;
});
beforeEach(() => actAs(world.kapeOwner.id));

async function current(businessId = world.kape.business.id): Promise<ProgramSettings> {
  return (await getProgramSettings(businessId))!.settings;
}

/** Everything a save could touch, to prove a refused one touched nothing. */
async function state(businessId: string) {
  const [settings, audits, members] = await Promise.all([
    current(businessId),
    db.auditLog.count({ where: { businessId } }),
    db.member.findMany({ where: { businessId }, select: { id: true, tierId: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ settings, audits, members });
}

describe("saving program settings", () => {
  it("applies a new earn rate to future purchases only, with one audit entry of what changed", async () => {
    const { memberId } = await createTestMember(world.kape.business.id);
    const first = await recordPurchase({ businessId: world.kape.business.id, memberId, amountMinor: 45_000, currency: "PHP", externalId: nextReceipt() });
    expect(first.pointsEarned).toBe(45);

    const settings = await current();
    const result = await updateProgramSettingsAction({ slug, ...settings, rules: { ...settings.rules, earnPoints: 2 } });
    expect(result?.serverError).toBeUndefined();
    expect(result?.data).toEqual({ changed: true });

    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: world.kape.business.id, action: "program.update" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorUserId: world.kapeOwner.id, entityType: "Program", before: { rules: { earnPoints: 1 } }, after: { rules: { earnPoints: 2 } } });
    // Past points stay as they were; the next purchase earns at the new rate.
    const earlier = await db.ledgerEntry.findFirstOrThrow({ where: { purchaseId: first.purchaseId!, kind: "EARN" } });
    expect(earlier.points).toBe(45);
    const second = await recordPurchase({ businessId: world.kape.business.id, memberId, amountMinor: 45_000, currency: "PHP", externalId: nextReceipt() });
    expect(second.pointsEarned).toBe(90);

    const again = await updateProgramSettingsAction({ slug, ...(await current()) });
    expect(again?.data).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { businessId: world.kape.business.id, action: "program.update" } })).toBe(1);
  });

  it("refuses bad values and changes nothing", async () => {
    const settings = await current();
    const before = await state(world.kape.business.id);
    const bad: ProgramSettings[] = [
      { ...settings, rules: { ...settings.rules, earnPerMinor: 0 } },
      { ...settings, rules: { ...settings.rules, earnPoints: Number.NaN } },
      { ...settings, rules: { ...settings.rules, expiryPolicy: "AFTER_EARN", expiryMonths: null } },
      { ...settings, rules: { ...settings.rules, visitDiscountEnabled: true, visitDiscountBaseBp: 800, visitDiscountCapBp: 500 } },
      { ...settings, tiers: settings.tiers.map((tier) => ({ ...tier, threshold: tier.threshold + 1 })) },
      { ...settings, tiers: [...settings.tiers, { ...settings.tiers[1]!, id: null }] },
      { ...settings, promotions: [{ ...settings.promotions[0]!, startMinute: 960, endMinute: null }] },
      { ...settings, punchCards: [{ ...settings.punchCards[0]!, stampRule: "AMOUNT", stampMinorUnit: 0 }] },
      { ...settings, loyaltyActions: [{ ...settings.loyaltyActions[0]!, id: null, key: "Not A Key" }] },
    ];
    for (const input of bad) {
      const result = await updateProgramSettingsAction({ slug, ...input });
      expect(result?.validationErrors, JSON.stringify(input).slice(0, 80)).toBeDefined();
      expect(result?.data).toBeUndefined();
      // The domain does not trust its callers either.
      await expect(updateProgramSettings({ businessId: world.kape.business.id, actorUserId: world.kapeOwner.id, settings: input })).rejects.toThrow();
    }
    expect(await state(world.kape.business.id)).toBe(before);
  });

  it("adds, renames and reorders tiers by threshold, and moves members of a removed tier down with history", async () => {
    const settings = await current();
    const [suki, silver, gold] = settings.tiers;
    const { memberId } = await createTestMember(world.kape.business.id);
    await db.member.update({ where: { id: memberId }, data: { tierId: gold!.id } });

    const result = await updateProgramSettingsAction({
      slug,
      ...settings,
      tiers: [
        { ...silver!, name: "Plata", threshold: 300_000 },
        { ...suki!, name: "Bronze" },
        { id: null, name: "Platinum", threshold: 5_000_000, multiplierBp: 20_000, perks: "2× points" },
      ],
    });
    expect(result?.serverError).toBeUndefined();
    const tiers = await db.tier.findMany({ where: { businessId: world.kape.business.id }, orderBy: { rank: "asc" } });
    expect(tiers.map((tier) => [tier.rank, tier.name, tier.threshold])).toEqual([
      [0, "Bronze", 0],
      [1, "Plata", 300_000],
      [2, "Platinum", 5_000_000],
    ]);
    expect(tiers[0]!.id).toBe(suki!.id);
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member.tierId).toBe(silver!.id);
    const change = await db.tierChange.findFirstOrThrow({ where: { memberId, toTierId: silver!.id } });
    expect(change.reason).toContain("removed by the owner");
  });

  it("will not remove a tier that still limits a reward to its members", async () => {
    const settings = await current();
    const top = settings.tiers.at(-1)!;
    await db.reward.create({ data: { businessId: world.kape.business.id, kind: "EVENT", name: "Members' night", pointsCost: 300, minTierId: top.id } });
    const before = await state(world.kape.business.id);
    const result = await updateProgramSettingsAction({ slug, ...settings, tiers: settings.tiers.slice(0, -1) });
    expect(result?.serverError).toMatch(/still limits rewards/);
    expect(await state(world.kape.business.id)).toBe(before);
  });

  it("switches off a removed punch card that members have stamps on, deletes an unused one", async () => {
    const settings = await current();
    const used = settings.punchCards[0]!;
    const added = await updateProgramSettingsAction({
      slug,
      ...settings,
      punchCards: [...settings.punchCards, { id: null, name: "Pastry card", stampsRequired: 6, stampRule: "ITEM", stampMinorUnit: 0, stampItem: "pastry", rewardId: null, active: true }],
    });
    expect(added?.serverError).toBeUndefined();
    const { memberId } = await createTestMember(world.kape.business.id);
    await db.memberPunchCard.create({ data: { businessId: world.kape.business.id, memberId, punchCardId: used.id!, stamps: 3 } });

    const result = await updateProgramSettingsAction({ slug, ...(await current()), punchCards: [] });
    expect(result?.serverError).toBeUndefined();
    const cards = await db.punchCard.findMany({ where: { businessId: world.kape.business.id } });
    expect(cards.map((card) => [card.id, card.active])).toEqual([[used.id, false]]);
    expect(await db.memberPunchCard.findFirst({ where: { memberId, punchCardId: used.id! } })).toMatchObject({ stamps: 3 });
  });

  it("keeps an action's key once saved and stores promotion days as local midnights", async () => {
    const settings = await current();
    const action = settings.loyaltyActions[0]!;
    const renamed = await updateProgramSettingsAction({ slug, ...settings, loyaltyActions: [{ ...action, key: "facebook-review" }] });
    expect(renamed?.serverError).toMatch(/cannot change/);

    const promotion = { ...settings.promotions[0]!, startDate: "2030-03-01", endDate: "2030-03-31", startMinute: 960, endMinute: 1080 };
    const saved = await updateProgramSettingsAction({ slug, ...settings, promotions: [promotion] });
    expect(saved?.serverError).toBeUndefined();
    const stored = await db.promotion.findUniqueOrThrow({ where: { id: promotion.id! } });
    // Manila is UTC+8: 1 March 00:00 there is 28 February 16:00 UTC; the last day is included.
    expect(stored.startsAt?.toISOString()).toBe("2030-02-28T16:00:00.000Z");
    expect(stored.endsAt?.toISOString()).toBe("2030-03-31T16:00:00.000Z");
    expect((await current()).promotions[0]).toMatchObject({ startDate: "2030-03-01", endDate: "2030-03-31" });
  });
});

describe("tenant isolation", () => {
  it("refuses the other shop's slug, and the other shop's ids under one's own slug, changing nothing", async () => {
    const mine = await current();
    const theirs = await current(world.dor.business.id);
    const before = { kape: await state(world.kape.business.id), dor: await state(world.dor.business.id) };

    const otherSlug = await updateProgramSettingsAction({ slug: world.dor.business.slug, ...theirs, rules: { ...theirs.rules, earnPoints: 9 } });
    expect(otherSlug?.serverError).toMatch(/Only the owner/);

    const foreignIds: ProgramSettings[] = [
      { ...mine, tiers: [...mine.tiers, { ...theirs.tiers[2]!, name: "Stolen", threshold: 9_000_000 }] },
      { ...mine, punchCards: [{ ...theirs.punchCards[0]!, name: "Stolen card" }] },
      { ...mine, punchCards: [{ ...mine.punchCards[0]!, rewardId: theirs.punchCards[0]!.rewardId }] },
      { ...mine, promotions: [...mine.promotions, { ...theirs.promotions[0]!, name: "Stolen promo" }] },
      { ...mine, loyaltyActions: [{ ...theirs.loyaltyActions[0]!, name: "Stolen action" }] },
    ];
    for (const input of foreignIds) {
      const result = await updateProgramSettingsAction({ slug, ...input });
      expect(result?.serverError).toMatch(/not found/);
    }
    expect(await state(world.kape.business.id)).toBe(before.kape);
    expect(await state(world.dor.business.id)).toBe(before.dor);
  });

  it("refuses staff and people without a business", async () => {
    const settings = await current();
    const before = await state(world.kape.business.id);
    actAs(world.staff.id);
    expect((await updateProgramSettingsAction({ slug, ...settings, rules: { ...settings.rules, earnPoints: 5 } }))?.serverError).toMatch(/Only the owner/);
    actAs(world.stranger.id);
    await expect(updateProgramSettingsAction({ slug, ...settings })).rejects.toThrow(/NEXT_REDIRECT/);
    actAs(null);
    await expect(updateProgramSettingsAction({ slug, ...settings })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await state(world.kape.business.id)).toBe(before);
  });
});
