import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { createRewardAction, setRewardArchivedAction, updateRewardAction } from "@/app/(admin)/admin/[slug]/rewards/actions";
import { GET as getImage } from "@/app/media/rewards/[id]/route";
import { db } from "@/lib/db/client";
import { listCatalog } from "@/lib/loyalty/catalog";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { redeemReward } from "@/lib/loyalty/redeem";
import { getRewardCatalog } from "@/lib/portal/rewards";
import { actAs } from "@/test/auth-stub";
import { createTestBusiness, createTestMember } from "@/test/loyalty-fixture";
import { getRewardForEdit, listRewards } from "./rewards";
import { rewardImageIdFromUrl } from "./rewards-image";
import type { CreateRewardInput } from "./rewards-schemas";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(64)]);
const WEBP = Uint8Array.from([...Buffer.from("RIFF"), 0x24, 0, 0, 0, ...Buffer.from("WEBPVP8 "), ...randomBytes(32)]);

async function ownedBusiness() {
  const world = await createTestBusiness();
  const owner = await db.user.create({ data: { email: `owner-${randomBytes(4).toString("hex")}@test.local` } });
  const staff = await db.user.create({ data: { email: `staff-${randomBytes(4).toString("hex")}@test.local` } });
  await db.staffRole.create({ data: { userId: owner.id, businessId: world.business.id, role: "OWNER" } });
  await db.staffRole.create({ data: { userId: staff.id, businessId: world.business.id, role: "STAFF" } });
  return { ...world, owner, staff, slug: world.business.slug };
}

const a = await ownedBusiness();
const b = await ownedBusiness();

function input(overrides: Partial<CreateRewardInput> = {}): CreateRewardInput {
  return { slug: a.slug, kind: "FREE_ITEM", name: "Free croissant", description: "Any croissant.", pointsCost: 80, costMinor: 4000, voucherDays: 30, ...overrides };
}

async function counts(businessId: string) {
  const [rewards, images, audits] = await Promise.all([
    db.reward.count({ where: { businessId } }),
    db.rewardImage.count({ where: { businessId } }),
    db.auditLog.count({ where: { businessId } }),
  ]);
  return { rewards, images, audits };
}

describe("creating rewards", () => {
  it("creates every kind with its own fields, audited in the same business", async () => {
    actAs(a.owner.id);
    const kinds: CreateRewardInput[] = [
      input({ kind: "DISCOUNT", name: "₱40 off", discountMinor: 4000 }),
      input({ kind: "DISCOUNT", name: "10% off beans", discountBp: 1000, minTierId: a.tiers[1]!.id }),
      input({ kind: "FREE_ITEM", name: "Free cookie", stock: 20, perMemberLimit: 2 }),
      input({ kind: "UPGRADE", name: "Oat milk upgrade" }),
      input({ kind: "DONATION", name: "A book for a school", partnerName: "Bahay Aklatan" }),
      input({ kind: "PARTNER", name: "Pandesal", partnerName: "Panadería Dela Cruz", description: "A dozen pandesal." }),
      input({ kind: "EVENT", name: "Cupping night", description: "12 June, 19:00, at the roastery.", stock: 30, perMemberLimit: 1 }),
    ];
    for (const reward of kinds) {
      const result = await createRewardAction(reward);
      expect(result.serverError ?? result.validationErrors).toBeUndefined();
      const row = await db.reward.findUniqueOrThrow({ where: { id: result.data!.rewardId } });
      expect(row).toMatchObject({
        businessId: a.business.id, kind: reward.kind, name: reward.name, discountMinor: reward.discountMinor ?? null,
        discountBp: reward.discountBp ?? null, stock: reward.stock ?? null, perMemberLimit: reward.perMemberLimit ?? null,
        partnerName: reward.partnerName ?? null, minTierId: reward.minTierId ?? null,
      });
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id } });
      expect(audit).toMatchObject({ businessId: a.business.id, actorUserId: a.owner.id, action: "reward.create", entityType: "Reward" });
      expect(audit.after).toMatchObject({ name: reward.name, pointsCost: reward.pointsCost });
    }
  });

  it("drops discount values from kinds that are not discounts", async () => {
    actAs(a.owner.id);
    const result = await createRewardAction(input({ kind: "FREE_ITEM", name: "Muffin", discountMinor: 500 }));
    const row = await db.reward.findUniqueOrThrow({ where: { id: result.data!.rewardId } });
    expect([row.discountMinor, row.discountBp]).toEqual([null, null]);
  });

  it("reads the active window in the business's time zone", async () => {
    actAs(a.owner.id);
    const result = await createRewardAction(input({ name: "Summer special", activeFrom: "2030-03-01T09:00", activeUntil: "2030-03-31T21:30" }));
    const row = await db.reward.findUniqueOrThrow({ where: { id: result.data!.rewardId } });
    // Manila is UTC+8 all year.
    expect(row.activeFrom?.toISOString()).toBe("2030-03-01T01:00:00.000Z");
    expect(row.activeUntil?.toISOString()).toBe("2030-03-31T13:30:00.000Z");
    expect((await getRewardForEdit(a.business.id, row.id))?.activeFrom).toBe("2030-03-01T09:00");
    const listed = (await listRewards(a.business.id)).find((reward) => reward.id === row.id);
    expect(listed?.status).toBe("scheduled");
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    actAs(a.owner.id);
    const before = await counts(a.business.id);
    const cases: [CreateRewardInput, RegExp][] = [
      [input({ costMinor: -100 }), /cost to the business cannot be negative/],
      [input({ pointsCost: -5 }), /at least 1/],
      [input({ pointsCost: 0 }), /at least 1/],
      [input({ stock: -1 }), /Stock cannot be negative/],
      [input({ kind: "DISCOUNT" }), /needs an amount or a percentage/],
      [input({ kind: "DISCOUNT", discountMinor: 100, discountBp: 500 }), /not both/],
      [input({ kind: "DISCOUNT", discountBp: 12_000 }), /more than 100%/],
      [input({ kind: "PARTNER" }), /Name the partner/],
      [input({ kind: "DONATION" }), /who receives the donation/],
      [input({ kind: "EVENT", description: "" }), /when and where/],
      [input({ activeFrom: "2030-05-02T10:00", activeUntil: "2030-05-01T10:00" }), /end must come after the start/],
      [input({ activeFrom: "tomorrow" }), /Pick a date and time/],
      [input({ name: "  " }), /Give the reward a name/],
      [input({ voucherDays: 0 }), /at least 1 day/],
    ];
    for (const [bad, message] of cases) {
      const result = await createRewardAction(bad);
      expect(JSON.stringify(result.validationErrors ?? result.serverError ?? null)).toMatch(message);
      expect(result.data).toBeUndefined();
    }
    const past = await createRewardAction(input({ activeUntil: "2020-01-01T10:00" }));
    expect(past.serverError).toMatch(/already past/);
    expect(await counts(a.business.id)).toEqual(before);
  });

  it("refuses a picture that is too big or not really an image, and writes nothing", async () => {
    actAs(a.owner.id);
    const before = await counts(a.business.id);
    const big = new Uint8Array(1_000_001);
    big.set(PNG);
    expect((await createRewardAction(input({ image: big }))).serverError).toBe("The image is larger than 1 MB. Please choose a smaller picture.");
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    expect((await createRewardAction(input({ image: html }))).serverError).toBe("The image must be a PNG, JPEG or WebP picture.");
    const gif = new TextEncoder().encode("GIF89a....");
    expect((await createRewardAction(input({ image: gif }))).serverError).toMatch(/PNG, JPEG or WebP/);
    expect((await createRewardAction(input({ image: new Uint8Array(0) }))).serverError).toMatch(/empty/);
    expect(await counts(a.business.id)).toEqual(before);
  });

  it("stores the picture and serves it with its type, immutable caching and nosniff", async () => {
    actAs(a.owner.id);
    const result = await createRewardAction(input({ name: "Pictured croissant", image: PNG }));
    const row = await db.reward.findUniqueOrThrow({ where: { id: result.data!.rewardId } });
    expect(row.imageUrl).toMatch(/^\/media\/rewards\/[a-z0-9]+$/);
    const imageId = rewardImageIdFromUrl(row.imageUrl)!;
    const response = await getImage(new Request(`http://localhost${row.imageUrl}`), { params: Promise.resolve({ id: imageId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    const missing = await getImage(new Request("http://localhost/media/rewards/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);

    // Members see it in the portal catalog.
    const { memberId } = await createTestMember(a.business.id);
    const catalog = await getRewardCatalog({ businessId: a.business.id, memberId });
    expect(catalog.rewards.find((reward) => reward.id === row.id)).toMatchObject({ name: "Pictured croissant", imageUrl: row.imageUrl, availability: "unaffordable" });
  });
});

describe("editing and archiving", () => {
  it("edits a reward, swaps its picture (the old one is deleted) and audits before and after", async () => {
    actAs(a.owner.id);
    const created = await createRewardAction(input({ name: "Scone", image: PNG }));
    const rewardId = created.data!.rewardId;
    const first = await db.reward.findUniqueOrThrow({ where: { id: rewardId } });
    const updated = await updateRewardAction({ ...input({ name: "Big scone", pointsCost: 90, stock: 5, image: WEBP }), rewardId });
    expect(updated.serverError ?? updated.validationErrors).toBeUndefined();
    const row = await db.reward.findUniqueOrThrow({ where: { id: rewardId } });
    expect(row).toMatchObject({ name: "Big scone", pointsCost: 90, stock: 5 });
    expect(row.imageUrl).not.toBe(first.imageUrl);
    expect(await db.rewardImage.count({ where: { id: rewardImageIdFromUrl(first.imageUrl)! } })).toBe(0);
    expect((await db.rewardImage.findUniqueOrThrow({ where: { id: rewardImageIdFromUrl(row.imageUrl)! } })).contentType).toBe("image/webp");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: rewardId, action: "reward.update" } });
    expect(audit.before).toMatchObject({ name: "Scone", pointsCost: 80 });
    expect(audit.after).toMatchObject({ name: "Big scone", pointsCost: 90, stock: 5 });

    await updateRewardAction({ ...input({ name: "Big scone" }), rewardId, removeImage: true });
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).imageUrl).toBeNull();
    expect(await db.rewardImage.count({ where: { id: rewardImageIdFromUrl(row.imageUrl)! } })).toBe(0);
  });

  it("a refused edit changes nothing", async () => {
    actAs(a.owner.id);
    const before = await db.reward.findUniqueOrThrow({ where: { id: a.coffee.id } });
    const audits = await db.auditLog.count({ where: { businessId: a.business.id } });
    const result = await updateRewardAction({ ...input({ name: "Changed", costMinor: -1 }), rewardId: a.coffee.id });
    expect(JSON.stringify(result.validationErrors)).toMatch(/cannot be negative/);
    const tooBig = await updateRewardAction({ ...input({ name: "Changed", image: new Uint8Array(1_200_000) }), rewardId: a.coffee.id });
    expect(tooBig.serverError).toMatch(/larger than 1 MB/);
    expect(await db.reward.findUniqueOrThrow({ where: { id: a.coffee.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { businessId: a.business.id } })).toBe(audits);
  });

  it("archives a reward that has redemptions (never deleting it) and brings it back", async () => {
    actAs(a.owner.id);
    const { memberId } = await createTestMember(a.business.id);
    const created = await createRewardAction(input({ name: "Archivable", pointsCost: 10 }));
    const rewardId = created.data!.rewardId;
    await adjustPoints({ businessId: a.business.id, memberId, points: 50, reason: "test" }, a.owner.id);
    await redeemReward({ businessId: a.business.id, memberId, rewardId });
    expect((await listRewards(a.business.id)).find((reward) => reward.id === rewardId)).toMatchObject({ timesRedeemed: 1, status: "active" });

    expect((await setRewardArchivedAction({ slug: a.slug, rewardId, archived: true })).data).toEqual({ archived: true });
    expect((await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).archivedAt).not.toBeNull();
    expect((await listCatalog(a.business.id)).map((reward) => reward.id)).not.toContain(rewardId);
    expect((await getRewardCatalog({ businessId: a.business.id, memberId })).rewards.map((reward) => reward.id)).not.toContain(rewardId);
    expect((await listRewards(a.business.id)).find((reward) => reward.id === rewardId)?.status).toBe("archived");

    await setRewardArchivedAction({ slug: a.slug, rewardId, archived: false });
    expect((await listCatalog(a.business.id)).map((reward) => reward.id)).toContain(rewardId);
    const actions = await db.auditLog.findMany({ where: { entityId: rewardId }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["reward.create", "reward.archive", "reward.unarchive"]);
  });
});

describe("tenant isolation and roles", () => {
  it("an owner of A naming B's reward or tier gets not-found and B is unchanged", async () => {
    actAs(a.owner.id);
    const bReward = await db.reward.findUniqueOrThrow({ where: { id: b.coffee.id } });
    const bCounts = await counts(b.business.id);
    const aCounts = await counts(a.business.id);
    expect((await updateRewardAction({ ...input({ name: "Hijacked" }), rewardId: b.coffee.id })).serverError).toBe("No such reward.");
    expect((await setRewardArchivedAction({ slug: a.slug, rewardId: b.coffee.id, archived: true })).serverError).toBe("No such reward.");
    expect((await createRewardAction(input({ minTierId: b.tiers[1]!.id }))).serverError).toBe("No such tier.");
    expect((await updateRewardAction({ ...input(), rewardId: a.coffee.id, minTierId: b.tiers[2]!.id })).serverError).toBe("No such tier.");
    // Naming B's slug does not make the caller B's owner.
    expect((await createRewardAction(input({ slug: b.slug }))).serverError).toMatch(/Only the owner/);
    expect((await updateRewardAction({ ...input({ slug: b.slug, name: "Hijacked" }), rewardId: b.coffee.id })).serverError).toMatch(/Only the owner/);
    expect((await setRewardArchivedAction({ slug: b.slug, rewardId: b.coffee.id, archived: true })).serverError).toMatch(/Only the owner/);
    expect(await db.reward.findUniqueOrThrow({ where: { id: b.coffee.id } })).toEqual(bReward);
    expect(await counts(b.business.id)).toEqual(bCounts);
    expect(await counts(a.business.id)).toEqual(aCounts);
  });

  it("staff cannot create, edit or archive rewards", async () => {
    actAs(a.staff.id);
    const before = await counts(a.business.id);
    expect((await createRewardAction(input())).serverError).toMatch(/Only the owner/);
    expect((await updateRewardAction({ ...input({ name: "Staff edit" }), rewardId: a.coffee.id })).serverError).toMatch(/Only the owner/);
    expect((await setRewardArchivedAction({ slug: a.slug, rewardId: a.coffee.id, archived: true })).serverError).toMatch(/Only the owner/);
    expect(await counts(a.business.id)).toEqual(before);
    expect((await db.reward.findUniqueOrThrow({ where: { id: a.coffee.id } })).archivedAt).toBeNull();
  });
});
