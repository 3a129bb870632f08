import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { createCounterWorld, createPhoneMember, createVoucher } from "@/test/counter-fixture";
import { nextReceipt } from "@/test/loyalty-fixture";
import { classifyQuery, findCounterMember } from "./counter-lookup";

let world: Awaited<ReturnType<typeof createCounterWorld>>;
let maria: Awaited<ReturnType<typeof createPhoneMember>>;

beforeAll(async () => {
  world = await createCounterWorld();
  maria = await createPhoneMember(world.kape.business.id, "+639171234567");
  await recordPurchase({ businessId: world.kape.business.id, memberId: maria.memberId, amountMinor: 45_000, currency: "PHP", externalId: nextReceipt() });
  await createVoucher({ businessId: world.kape.business.id, memberId: maria.memberId, rewardId: world.kape.coffee.id });
  await createVoucher({ businessId: world.kape.business.id, memberId: maria.memberId, rewardId: world.kape.coffee.id, expiresAt: new Date(Date.now() - 1000) });
});

const find = (query: string, now?: Date) => findCounterMember(world.kape.business.id, query, now);

describe("counter look-up", () => {
  it("tells card codes, emails, member numbers and phones apart", () => {
    expect(classifyQuery(issueCardToken({ businessId: "b", memberId: "m" }).token).kind).toBe("card");
    expect(classifyQuery(" Maria@Example.com ")).toMatchObject({ kind: "email" });
    expect(classifyQuery("#42")).toMatchObject({ kind: "number", number: 42 });
    expect(classifyQuery("No. 42")).toMatchObject({ kind: "number", number: 42 });
    expect(classifyQuery("+63 917 123 4567")).toMatchObject({ kind: "phone" });
    expect(classifyQuery("coffee please")).toEqual({ kind: "unrecognised" });
  });

  it("finds the member by number, email and phone, with what the till needs", async () => {
    const byNumber = await find(String(maria.number));
    expect(byNumber).toMatchObject({ found: true, member: { id: maria.memberId, number: maria.number } });
    if (!byNumber.found) throw new Error("not found");
    const { member } = byNumber;
    expect(member.balance).toBe(45);
    expect(member.tier?.name).toBe("Suki");
    // One visit already this month: 5% + 1%.
    expect(member.visitDiscountPercent).toBe(6);
    expect(member.punchCards).toEqual([expect.objectContaining({ name: "Coffee card", stamps: 1, stampsRequired: 5 })]);
    // Only the issued, unexpired voucher is offered.
    expect(member.vouchers).toHaveLength(1);
    expect(member.recentPurchases).toEqual([expect.objectContaining({ amountMinor: 45_000, refundedMinor: 0, pointsEarned: 45 })]);

    expect(await find(maria.email.toUpperCase())).toMatchObject({ found: true, member: { id: maria.memberId } });
    expect(await find("+639171234567")).toMatchObject({ found: true, member: { id: maria.memberId } });
    expect(await find("0917 123 4567")).toMatchObject({ found: true, member: { id: maria.memberId } });
    expect(await find("09171234567")).toMatchObject({ found: true, member: { id: maria.memberId } });
  });

  it("says so when nobody matches, or a phone is shared", async () => {
    expect(await find("nobody@test.local")).toEqual({ found: false, reason: "not_found" });
    expect(await find("99999")).toEqual({ found: false, reason: "not_found" });
    // Maria's phone ends in 1234567, but a mistyped number must not land on her by its tail.
    expect(await find("1234567")).toEqual({ found: false, reason: "not_found" });
    expect(await find("hello there")).toEqual({ found: false, reason: "unrecognised" });
    await createPhoneMember(world.kape.business.id, "+639175550000");
    await createPhoneMember(world.kape.business.id, "09175550000");
    expect(await find("917 555 0000")).toEqual({ found: false, reason: "phone_ambiguous" });
  });

  it("finds the member by a live card code, once", async () => {
    const { token } = issueCardToken({ businessId: world.kape.business.id, memberId: maria.memberId });
    expect(await find(token)).toMatchObject({ found: true, member: { id: maria.memberId } });
    expect(await find(token)).toEqual({ found: false, reason: "card_replayed" });
  });

  it("refuses forged, expired and other shops' card codes", async () => {
    const now = new Date();
    const expired = issueCardToken({ businessId: world.kape.business.id, memberId: maria.memberId }, new Date(now.getTime() - 5 * 60_000));
    expect(await find(expired.token, now)).toEqual({ found: false, reason: "card_expired" });

    const fresh = issueCardToken({ businessId: world.kape.business.id, memberId: maria.memberId }, now).token;
    const [payload, signature] = fresh.split(".");
    const other = await createPhoneMember(world.kape.business.id, "+639170000001");
    const forgedPayload = Buffer.from(Buffer.from(payload!, "base64url").toString().replace(maria.memberId, other.memberId)).toString("base64url");
    expect(await find(`${forgedPayload}.${signature}`, now)).toEqual({ found: false, reason: "card_forged" });
    expect(await find(`${payload}.${"A".repeat(signature!.length)}`, now)).toEqual({ found: false, reason: "card_forged" });

    const dorMember = await createPhoneMember(world.dor.business.id, "+40700000001");
    const dorToken = issueCardToken({ businessId: world.dor.business.id, memberId: dorMember.memberId }, now).token;
    expect(await find(dorToken, now)).toEqual({ found: false, reason: "card_other_business" });
    // A refused code is not consumed: its own shop still accepts it.
    expect(await findCounterMember(world.dor.business.id, dorToken, now)).toMatchObject({ found: true, member: { id: dorMember.memberId } });
  });

  it("never finds another business's member by email or phone", async () => {
    const dorMember = await createPhoneMember(world.dor.business.id, "+40711222333");
    expect(await find(dorMember.email)).toEqual({ found: false, reason: "not_found" });
    expect(await find("+40711222333")).toEqual({ found: false, reason: "not_found" });
    expect(await db.cardTokenUse.count({ where: { businessId: world.kape.business.id, memberId: dorMember.memberId } })).toBe(0);
  });
});
