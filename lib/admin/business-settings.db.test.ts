// The business settings page's save, as the owner would call it: audited changes, the currency
// fixed once money was recorded, and nobody else allowed.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { updateBusinessSettingsAction } from "@/app/(admin)/admin/[slug]/settings/actions";
import { getBusinessSettings } from "@/lib/admin/business-settings";
import type { BusinessSettings } from "@/lib/admin/business-settings-schemas";
import { db } from "@/lib/db/client";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { actAs } from "@/test/auth-stub";
import { createTestBusiness, nextReceipt } from "@/test/loyalty-fixture";
import { createOwnerWorld, type OwnerWorld } from "@/test/owner-world";

let world: OwnerWorld;
beforeAll(async () => {
  world = await createOwnerWorld();
});
beforeEach(() => actAs(world.kapeOwner.id));

const settingsOf = async (businessId: string) => (await getBusinessSettings(businessId))!.settings;
const state = async (businessId: string) =>
  JSON.stringify({ settings: await settingsOf(businessId), audits: await db.auditLog.count({ where: { businessId } }) });

describe("business settings", () => {
  it("saves the changed fields with an audit entry of before and after", async () => {
    const slug = world.kape.business.slug;
    const current = await settingsOf(world.kape.business.id);
    const result = await updateBusinessSettingsAction({
      slug,
      ...current,
      name: "Kapé Suki Poblacion",
      brandColor: "#0F766E",
      locale: "fil",
      timeZone: "Asia/Manila",
      marketingGapDays: 10,
      touchEveryDays: 45,
      thankYouDelayMinutes: 30,
    });
    expect(result?.serverError).toBeUndefined();
    expect(result?.data).toEqual({ changed: true });
    expect(await settingsOf(world.kape.business.id)).toMatchObject({ name: "Kapé Suki Poblacion", brandColor: "#0f766e", locale: "fil", marketingGapDays: 10 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: world.kape.business.id, action: "business.update" } });
    expect(audit).toMatchObject({
      actorUserId: world.kapeOwner.id,
      before: { name: current.name, brandColor: current.brandColor, locale: current.locale, marketingGapDays: 7, touchEveryDays: 30, thankYouDelayMinutes: 120 },
      after: { name: "Kapé Suki Poblacion", brandColor: "#0f766e", locale: "fil", marketingGapDays: 10, touchEveryDays: 45, thankYouDelayMinutes: 30 },
    });
    expect(Object.keys(audit.after as object).sort()).toEqual(["brandColor", "locale", "marketingGapDays", "name", "thankYouDelayMinutes", "touchEveryDays"]);
  });

  it("changes the currency only while no purchase is recorded", async () => {
    const shop = await createTestBusiness();
    await db.staffRole.create({ data: { userId: world.kapeOwner.id, businessId: shop.business.id, role: "OWNER" } });
    const slug = shop.business.slug;
    expect((await getBusinessSettings(shop.business.id))!.currencyEditable).toBe(true);
    const toEuro = await updateBusinessSettingsAction({ slug, ...(await settingsOf(shop.business.id)), currency: "EUR" });
    expect(toEuro?.data).toEqual({ changed: true });

    await recordPurchase({ businessId: shop.business.id, memberId: null, amountMinor: 1_000, currency: "EUR", externalId: nextReceipt() });
    expect((await getBusinessSettings(shop.business.id))!.currencyEditable).toBe(false);
    const before = await state(shop.business.id);
    const back = await updateBusinessSettingsAction({ slug, ...(await settingsOf(shop.business.id)), currency: "PHP" });
    expect(back?.serverError).toMatch(/cannot change once purchases/);
    expect(await state(shop.business.id)).toBe(before);
  });

  it("refuses bad values and changes nothing", async () => {
    const slug = world.kape.business.slug;
    const current = await settingsOf(world.kape.business.id);
    const before = await state(world.kape.business.id);
    const bad: Partial<BusinessSettings>[] = [
      { brandColor: "orange" },
      { timeZone: "Asia/Atlantis" },
      { currency: "EURO" },
      { senderName: "" },
      { marketingGapDays: 0 },
      { marketingGapDays: 20, touchEveryDays: 14 },
      { thankYouDelayMinutes: 1.5 },
    ];
    for (const patch of bad) {
      const result = await updateBusinessSettingsAction({ slug, ...current, ...patch });
      expect(result?.validationErrors, JSON.stringify(patch)).toBeDefined();
    }
    expect(await state(world.kape.business.id)).toBe(before);
  });

  it("refuses the other shop's owner, staff and strangers, changing nothing", async () => {
    const victim = world.dor.business;
    const current = await settingsOf(victim.id);
    const before = await state(victim.id);
    for (const person of [world.kapeOwner.id, world.staff.id]) {
      actAs(person);
      const result = await updateBusinessSettingsAction({ slug: victim.slug, ...current, name: "Taken over" });
      expect(result?.serverError).toMatch(/Only the owner/);
    }
    actAs(world.staff.id);
    const staffOwnShop = await updateBusinessSettingsAction({ slug: world.kape.business.slug, ...(await settingsOf(world.kape.business.id)), name: "Staff rename" });
    expect(staffOwnShop?.serverError).toMatch(/Only the owner/);
    actAs(world.stranger.id);
    await expect(updateBusinessSettingsAction({ slug: victim.slug, ...current })).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await state(victim.id)).toBe(before);
  });
});
