// Onboarding as a new owner goes through it: create a business (any signed-in person), the
// starter program, the checklist, going live; and who may not do any of it.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { randomBytes } from "node:crypto";
import { checkSlugAction, createBusinessAction, goLiveAction, markOnboardingStepAction } from "@/app/(admin)/admin/actions";
import { getOnboardingChecklist, MAX_OWNED_BUSINESSES } from "@/lib/admin/onboarding";
import { db } from "@/lib/db/client";
import { enrollMember } from "@/lib/loyalty/members";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { actAs } from "@/test/auth-stub";
import { nextReceipt } from "@/test/loyalty-fixture";
import { createOwnerWorld, type OwnerWorld } from "@/test/owner-world";

let world: OwnerWorld;
beforeAll(async () => {
  world = await createOwnerWorld();
});

const tag = () => randomBytes(3).toString("hex");

async function newPerson() {
  const user = await db.user.create({ data: { email: `new-${tag()}@test.local`, name: "Rosa Newowner" } });
  actAs(user.id);
  return user;
}

async function createShop(input: Partial<Parameters<typeof createBusinessAction>[0]> = {}) {
  const slug = `panaderia-${tag()}`;
  const result = await createBusinessAction({ name: "Panadería Rosa", slug, currency: "PHP", timeZone: "Asia/Manila", locale: "fil", ...input });
  return { slug: input.slug ?? slug, result };
}

describe("creating a business", () => {
  it("makes the person its owner with a starter program that is not live yet", async () => {
    const user = await newPerson();
    const { slug, result } = await createShop();
    expect(result?.serverError).toBeUndefined();
    expect(result?.data).toEqual({ slug });

    const business = await db.business.findUniqueOrThrow({
      where: { slug },
      include: {
        program: true,
        staffRoles: true,
        tiers: { orderBy: { rank: "asc" } },
        rewards: { orderBy: { pointsCost: "asc" } },
        punchCards: true,
      },
    });
    expect(business).toMatchObject({ name: "Panadería Rosa", currency: "PHP", timeZone: "Asia/Manila", locale: "fil", senderName: "Rosa Newowner at Panadería Rosa" });
    expect(business.staffRoles).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);
    // 1 point per ₱10: 1,000 centavos.
    expect(business.program).toMatchObject({ earnPoints: 1, earnPerMinor: 1_000, live: false, expiryPolicy: "AFTER_EARN", expiryMonths: 12 });
    expect(business.tiers.map((tier) => [tier.rank, tier.threshold, tier.multiplierBp])).toEqual([
      [0, 0, 10_000],
      [1, 500_000, 12_500],
      [2, 1_500_000, 15_000],
    ]);
    expect(business.rewards.map((reward) => reward.kind)).toEqual(["FREE_ITEM", "DISCOUNT"]);
    expect(business.punchCards).toEqual([expect.objectContaining({ stampsRequired: 10, stampRule: "VISIT", rewardId: business.rewards[0]!.id })]);
    expect(await db.auditLog.findFirst({ where: { businessId: business.id, action: "business.create", actorUserId: user.id } })).not.toBeNull();

    // The starter program works with the engine as it is.
    const member = await enrollMember({ businessId: business.id, userId: user.id });
    const purchase = await recordPurchase({ businessId: business.id, memberId: member.memberId, amountMinor: 45_000, currency: "PHP", externalId: nextReceipt() });
    expect(purchase.pointsEarned).toBe(45);
  });

  it("derives the earn rate from the currency's minor units", async () => {
    await newPerson();
    const yen = await createShop({ currency: "JPY", timeZone: "Asia/Tokyo", locale: "en" });
    const dinar = await createShop({ currency: "KWD", timeZone: "Asia/Kuwait", locale: "en" });
    const rate = async (slug: string) => (await db.program.findFirstOrThrow({ where: { business: { slug } } })).earnPerMinor;
    expect(await rate(yen.slug)).toBe(10);
    expect(await rate(dinar.slug)).toBe(10_000);
  });

  it("refuses a taken slug with a free suggestion, and bad input, creating nothing", async () => {
    await newPerson();
    const takenSlug = world.kape.business.slug;
    const before = await db.business.count();
    const taken = await createShop({ slug: takenSlug });
    expect(taken.result?.serverError).toBe(`The address ${takenSlug} is taken. How about ${takenSlug}-2?`);
    expect(await checkSlugAction({ slug: takenSlug })).toMatchObject({ data: { available: false, suggestion: `${takenSlug}-2` } });
    expect(await checkSlugAction({ slug: `free-${tag()}` })).toMatchObject({ data: { available: true } });

    for (const bad of [
      { slug: "Kape Suki" },
      { slug: "ab" },
      { slug: "admin" },
      { slug: "-kape" },
      { currency: "XYZ" },
      { currency: "" },
      { timeZone: "Mars/Olympus" },
      { name: " " },
      { locale: "de" as never },
    ]) {
      const { result } = await createShop(bad);
      expect(result?.validationErrors, JSON.stringify(bad)).toBeDefined();
    }
    expect(await db.business.count()).toBe(before);
  });

  it("limits how many businesses one person may own", async () => {
    const user = await newPerson();
    for (let index = 0; index < MAX_OWNED_BUSINESSES; index++) expect((await createShop()).result?.data).toBeDefined();
    expect((await createShop()).result?.serverError).toMatch(/at most/);
    expect(await db.staffRole.count({ where: { userId: user.id } })).toBe(MAX_OWNED_BUSINESSES);
  });

  it("needs a signed-in person", async () => {
    actAs(null);
    await expect(createShop()).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

describe("the setup checklist", () => {
  let slug: string;
  let businessId: string;
  let ownerId: string;
  beforeEach(async () => {
    ownerId = (await newPerson()).id;
    slug = (await createShop()).slug;
    businessId = (await db.business.findUniqueOrThrow({ where: { slug } })).id;
  });

  const doneSteps = async () =>
    (await getOnboardingChecklist(businessId))?.steps.filter((step) => step.done).map((step) => step.key) ?? "hidden";

  it("follows the owner's steps until the program is live and the poster was opened", async () => {
    expect(await doneSteps()).toEqual([]);
    expect((await markOnboardingStepAction({ slug, step: "program" }))?.serverError).toBeUndefined();
    await db.reward.create({ data: { businessId, kind: "FREE_ITEM", name: "Ensaymada", pointsCost: 80 } });
    expect((await markOnboardingStepAction({ slug, step: "staff" }))?.serverError).toBeUndefined();
    expect(await doneSteps()).toEqual(["program", "reward", "staff"]);

    expect((await goLiveAction({ slug }))?.data).toEqual({ live: true });
    expect(await db.program.findUniqueOrThrow({ where: { businessId } })).toMatchObject({ live: true });
    expect(await db.auditLog.count({ where: { businessId, action: "program.go_live", actorUserId: ownerId } })).toBe(1);
    expect(await getOnboardingChecklist(businessId)).toMatchObject({ live: true, doneCount: 4 });

    await goLiveAction({ slug });
    expect(await db.auditLog.count({ where: { businessId, action: "program.go_live" } })).toBe(1);
    await markOnboardingStepAction({ slug, step: "poster" });
    expect(await doneSteps()).toBe("hidden");
  });

  it("counts a saved program change as reviewed, and stays hidden for a program that was live before", async () => {
    await db.auditLog.create({ data: { businessId, actorUserId: ownerId, action: "program.update", entityType: "Program" } });
    expect(await doneSteps()).toEqual(["program"]);
    expect(await getOnboardingChecklist(world.kape.business.id)).toBeNull();
  });

  it("refuses other owners, staff and strangers, changing nothing", async () => {
    const before = JSON.stringify(await db.auditLog.findMany({ where: { businessId }, orderBy: { id: "asc" } }));
    for (const person of [world.kapeOwner.id, world.staff.id]) {
      actAs(person);
      expect((await markOnboardingStepAction({ slug, step: "staff" }))?.serverError).toMatch(/Only the owner/);
      expect((await goLiveAction({ slug }))?.serverError).toMatch(/Only the owner/);
    }
    // Staff of Kapé naming their own shop: staff are not owners there either.
    actAs(world.staff.id);
    expect((await goLiveAction({ slug: world.kape.business.slug }))?.serverError).toMatch(/Only the owner/);
    actAs(world.stranger.id);
    await expect(goLiveAction({ slug })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(JSON.stringify(await db.auditLog.findMany({ where: { businessId }, orderBy: { id: "asc" } }))).toBe(before);
    expect(await db.program.findUniqueOrThrow({ where: { businessId } })).toMatchObject({ live: false });
  });
});
