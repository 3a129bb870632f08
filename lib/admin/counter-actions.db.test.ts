// The counter's server actions, called as a signed-in staff member would (only Auth.js's
// session read is replaced; the action clients, guards and engine run for real).
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  checkCounterVoucherAction,
  findCounterMemberAction,
  loadCounterMemberAction,
  markCounterVoucherUsedAction,
  recordCounterPurchaseAction,
  refundCounterPurchaseAction,
} from "@/app/(admin)/admin/[slug]/counter/actions";
import { db } from "@/lib/db/client";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { createCounterWorld, createPhoneMember, createVoucher } from "@/test/counter-fixture";
import { ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, issuedAt: Math.floor(Date.now() / 1000), expires: "" } : null),
}));

let world: Awaited<ReturnType<typeof createCounterWorld>>;
let slug: string;

beforeAll(async () => {
  world = await createCounterWorld();
  slug = world.kape.business.slug;
});
beforeEach(() => {
  session.userId = world.staff.id;
});

const balanceOf = async (memberId: string) => (await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance;

describe("recording a purchase at the counter", () => {
  it("earns points for the member and shows the result", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000101");
    const result = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "450.50", submissionId: randomUUID() });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ amountMinor: 45_050, pointsEarned: 45, balance: 45, stampsAdded: 1, visitDiscountPercent: 5, nextVisitDiscountPercent: 6, replayed: false });
    const purchase = await db.purchase.findUniqueOrThrow({ where: { id: result.data!.purchaseId } });
    expect(purchase).toMatchObject({ channel: "COUNTER", staffUserId: world.staff.id, amountMinor: 45_050, memberId: member.memberId });
    expect(purchase.externalId).toBe(result.data!.receiptId);
    expect(purchase.externalId).toMatch(/^C-[0-9A-F]{16}$/);
  });

  it("records a double tap once, with or without a receipt id", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000102");
    for (const receiptId of [undefined, `R-${randomUUID().slice(0, 8)}`]) {
      const input = { slug, memberId: member.memberId, amount: "200", receiptId, submissionId: randomUUID() };
      const [first, second] = await Promise.all([recordCounterPurchaseAction(input), recordCounterPurchaseAction(input)]);
      expect(first.data?.purchaseId).toBeDefined();
      expect(second.data?.purchaseId).toBe(first.data?.purchaseId);
      expect([first.data?.replayed, second.data?.replayed].sort()).toEqual([false, true]);
      const third = await recordCounterPurchaseAction(input);
      expect(third.data).toMatchObject({ purchaseId: first.data!.purchaseId, replayed: true, pointsEarned: 20 });
    }
    expect(await db.purchase.count({ where: { memberId: member.memberId } })).toBe(2);
    expect(await balanceOf(member.memberId)).toBe(40);
    // Two visits before this one this month: 5% + 2 × 1%.
    const visits = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "100", submissionId: randomUUID() });
    expect(visits.data).toMatchObject({ visitDiscountPercent: 7, nextVisitDiscountPercent: 8 });
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("reads amounts exactly per the currency, and refuses what it cannot read", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000103");
    for (const [amount, minor] of [["450", 45_000], ["450.5", 45_050], ["450.50", 45_050]] as const) {
      const result = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount, submissionId: randomUUID() });
      expect(result.data?.amountMinor).toBe(minor);
    }
    for (const amount of ["4,50.0", "-1", "1e3", "450.505", "0", ""]) {
      const result = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount, submissionId: randomUUID() });
      expect(result.data).toBeUndefined();
      expect(result.serverError).toMatch(/amount|decimals|zero/i);
    }
    expect(await db.purchase.count({ where: { memberId: member.memberId } })).toBe(3);
  });

  it("refuses a receipt id already used for another sale", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000104");
    const receiptId = `R-${randomUUID().slice(0, 8)}`;
    await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "100", receiptId, submissionId: randomUUID() });
    const again = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "250", receiptId, submissionId: randomUUID() });
    expect(again.serverError).toBe(`Receipt ${receiptId} is already recorded for another sale.`);
  });
});

describe("refunds at the counter", () => {
  it("reverses points in proportion, picks by purchase or receipt id, and is audited", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000201");
    const bought = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "1000", receiptId: "T-1001", submissionId: randomUUID() });
    expect(bought.data?.balance).toBe(100);

    const submissionId = randomUUID();
    const partial = { slug, memberId: member.memberId, purchaseId: bought.data!.purchaseId, amount: "250", submissionId };
    const [first, second] = await Promise.all([refundCounterPurchaseAction(partial), refundCounterPurchaseAction(partial)]);
    expect(first.data).toMatchObject({ refundedMinor: 25_000, pointsReversed: 25, balance: 75 });
    expect(second.data).toMatchObject({ refundId: first.data!.refundId, replayed: !first.data!.replayed });

    const rest = await refundCounterPurchaseAction({ slug, memberId: member.memberId, receiptId: "T-1001", submissionId: randomUUID() });
    expect(rest.data).toMatchObject({ refundedMinor: 75_000, pointsReversed: 75, balance: 0, receiptId: "T-1001" });
    const more = await refundCounterPurchaseAction({ slug, memberId: member.memberId, receiptId: "T-1001", amount: "1", submissionId: randomUUID() });
    expect(more.serverError).toBe("This purchase is already fully refunded.");

    const audit = await db.auditLog.findMany({ where: { businessId: world.kape.business.id, action: "purchase.refund", entityId: bought.data!.purchaseId }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorUserId: world.staff.id, entityType: "Purchase", after: expect.objectContaining({ amountMinor: 25_000, pointsReversed: 25, balance: 75 }) });
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("refuses more than is left, and another member's receipt", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000202");
    const other = await createPhoneMember(world.kape.business.id, "+639170000203");
    const bought = await recordCounterPurchaseAction({ slug, memberId: member.memberId, amount: "100", submissionId: randomUUID() });
    const tooMuch = await refundCounterPurchaseAction({ slug, memberId: member.memberId, purchaseId: bought.data!.purchaseId, amount: "100.01", submissionId: randomUUID() });
    expect(tooMuch.serverError).toBe("At most ₱100.00 of this purchase can still be refunded.");
    const wrongMember = await refundCounterPurchaseAction({ slug, memberId: other.memberId, purchaseId: bought.data!.purchaseId, submissionId: randomUUID() });
    expect(wrongMember.serverError).toBe("No purchase with this receipt id for this member.");
    expect((await db.purchase.findUniqueOrThrow({ where: { id: bought.data!.purchaseId } })).refundedMinor).toBe(0);
  });
});

describe("vouchers at the counter", () => {
  it("checks a code, marks it used once, and audits the use", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000301");
    const voucher = await createVoucher({ businessId: world.kape.business.id, memberId: member.memberId, rewardId: world.kape.coffee.id });
    const typed = formatVoucherCode(voucher.code).toLowerCase();

    const checked = await checkCounterVoucherAction({ slug, code: typed });
    expect(checked.data).toMatchObject({ found: true, voucher: { status: "ISSUED", rewardName: "Free coffee", member: { id: member.memberId, number: member.number } } });

    const [first, second] = await Promise.all([markCounterVoucherUsedAction({ slug, code: typed }), markCounterVoucherUsedAction({ slug, code: voucher.code })]);
    const outcomes = [first, second].map((result) => (result.data ? "used" : result.serverError));
    expect(outcomes.filter((outcome) => outcome === "used")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome !== "used")).toMatch(/^This voucher was already used on /);
    expect(await db.redemption.findUniqueOrThrow({ where: { id: voucher.id } })).toMatchObject({ status: "USED", usedByUserId: world.staff.id });
    expect((await checkCounterVoucherAction({ slug, code: voucher.code })).data).toMatchObject({ voucher: { status: "USED" } });

    const audit = await db.auditLog.findMany({ where: { action: "voucher.use", entityId: voucher.id } });
    expect(audit).toEqual([expect.objectContaining({ actorUserId: world.staff.id, entityType: "Redemption", before: { status: "ISSUED" } })]);
  });

  it("refuses expired and cancelled vouchers and codes that are not codes", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000302");
    const expired = await createVoucher({ businessId: world.kape.business.id, memberId: member.memberId, rewardId: world.kape.coffee.id, expiresAt: new Date(Date.now() - 60_000) });
    const cancelled = await createVoucher({ businessId: world.kape.business.id, memberId: member.memberId, rewardId: world.kape.coffee.id, status: "CANCELLED" });
    expect((await checkCounterVoucherAction({ slug, code: expired.code })).data).toMatchObject({ voucher: { status: "EXPIRED" } });
    expect((await markCounterVoucherUsedAction({ slug, code: expired.code })).serverError).toBe("This voucher has expired; it cannot be used.");
    expect((await markCounterVoucherUsedAction({ slug, code: cancelled.code })).serverError).toBe("This voucher was cancelled; it cannot be used.");
    expect((await checkCounterVoucherAction({ slug, code: "not-a-code" })).data).toEqual({ found: false, reason: "format" });
    expect(await db.redemption.count({ where: { id: { in: [expired.id, cancelled.id] }, status: "USED" } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: { in: [expired.id, cancelled.id] } } })).toBe(0);
  });
});

describe("tenant isolation: staff of one shop with another shop's ids", () => {
  it("finds nothing and changes nothing", async () => {
    const dorId = world.dor.business.id;
    const dorMember = await createPhoneMember(dorId, "+40722000111");
    const kapeMember = await createPhoneMember(world.kape.business.id, "+639170000401");
    const purchase = await recordPurchase({ businessId: dorId, memberId: dorMember.memberId, amountMinor: 50_000, currency: "PHP", externalId: nextReceipt() });
    const voucher = await createVoucher({ businessId: dorId, memberId: dorMember.memberId, rewardId: world.dor.coffee.id });
    const snapshot = async () => ({
      member: await db.member.findUniqueOrThrow({ where: { id: dorMember.memberId }, select: { balance: true, updatedAt: true } }),
      ledger: await db.ledgerEntry.count({ where: { businessId: dorId } }),
      purchases: await db.purchase.findMany({ where: { businessId: dorId }, select: { id: true, refundedMinor: true } }),
      kapePurchases: await db.purchase.count({ where: { businessId: world.kape.business.id } }),
      redemption: await db.redemption.findUniqueOrThrow({ where: { id: voucher.id }, select: { status: true, usedAt: true } }),
      audit: await db.auditLog.count(),
      tokens: await db.cardTokenUse.count(),
    });
    const before = await snapshot();

    const dorToken = issueCardToken({ businessId: dorId, memberId: dorMember.memberId }).token;
    expect((await findCounterMemberAction({ slug, query: dorMember.email })).data).toEqual({ found: false, reason: "not_found" });
    expect((await findCounterMemberAction({ slug, query: "+40722000111" })).data).toEqual({ found: false, reason: "not_found" });
    expect((await findCounterMemberAction({ slug, query: dorToken })).data).toEqual({ found: false, reason: "card_other_business" });
    expect((await loadCounterMemberAction({ slug, memberId: dorMember.memberId })).serverError).toBe("No such member at this business.");
    expect((await recordCounterPurchaseAction({ slug, memberId: dorMember.memberId, amount: "100", submissionId: randomUUID() })).serverError).toBe(
      "No such member at this business.",
    );
    const missing = "No purchase with this receipt id for this member.";
    expect((await refundCounterPurchaseAction({ slug, memberId: dorMember.memberId, purchaseId: purchase.purchaseId, submissionId: randomUUID() })).serverError).toBe(missing);
    expect((await refundCounterPurchaseAction({ slug, memberId: kapeMember.memberId, purchaseId: purchase.purchaseId, submissionId: randomUUID() })).serverError).toBe(missing);
    const receiptId = (await db.purchase.findUniqueOrThrow({ where: { id: purchase.purchaseId } })).externalId;
    expect((await refundCounterPurchaseAction({ slug, memberId: dorMember.memberId, receiptId, submissionId: randomUUID() })).serverError).toBe(missing);
    expect((await checkCounterVoucherAction({ slug, code: voucher.code })).data).toEqual({ found: false, reason: "not_found" });
    expect((await markCounterVoucherUsedAction({ slug, code: voucher.code })).serverError).toBe("No voucher with this code at this business.");

    // Naming the other shop's slug does not help: the slug only picks among the caller's roles.
    const notStaff = "You are not on the staff of this business.";
    const dorSlug = world.dor.business.slug;
    expect((await findCounterMemberAction({ slug: dorSlug, query: dorMember.email })).serverError).toBe(notStaff);
    expect((await loadCounterMemberAction({ slug: dorSlug, memberId: dorMember.memberId })).serverError).toBe(notStaff);
    expect((await recordCounterPurchaseAction({ slug: dorSlug, memberId: dorMember.memberId, amount: "100", submissionId: randomUUID() })).serverError).toBe(notStaff);
    expect((await refundCounterPurchaseAction({ slug: dorSlug, memberId: dorMember.memberId, purchaseId: purchase.purchaseId, submissionId: randomUUID() })).serverError).toBe(notStaff);
    expect((await checkCounterVoucherAction({ slug: dorSlug, code: voucher.code })).serverError).toBe(notStaff);
    expect((await markCounterVoucherUsedAction({ slug: dorSlug, code: voucher.code })).serverError).toBe(notStaff);

    expect(await snapshot()).toEqual(before);
  });

  it("refuses everyone who is not signed in as staff", async () => {
    const member = await createPhoneMember(world.kape.business.id, "+639170000402");
    session.userId = member.userId;
    await expect(loadCounterMemberAction({ slug, memberId: member.memberId })).rejects.toThrow(/NEXT_REDIRECT/);
    session.userId = null;
    await expect(findCounterMemberAction({ slug, query: member.email })).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
