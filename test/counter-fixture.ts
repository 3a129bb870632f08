// Two shops for the counter tests: staff who work at only the first, members with phones,
// vouchers. (The action tests swap Auth.js's auth() for a stand-in session in their own
// vi.mock, so the action clients and guards run for real against the database.)
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { generateVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { createTestBusiness, createTestMember } from "./loyalty-fixture";

export async function createCounterWorld() {
  const kape = await createTestBusiness({ visitDiscountEnabled: true, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1500 });
  const dor = await createTestBusiness();
  const staff = await db.user.create({ data: { email: `staff-${randomBytes(4).toString("hex")}@test.local`, name: "Till Staff" } });
  await db.staffRole.create({ data: { userId: staff.id, businessId: kape.business.id, role: "STAFF" } });
  return { kape, dor, staff };
}

export async function createPhoneMember(businessId: string, phone: string) {
  const member = await createTestMember(businessId, { phone });
  const { email } = await db.user.findUniqueOrThrow({ where: { id: member.userId }, select: { email: true } });
  const { number } = await db.member.findUniqueOrThrow({ where: { id: member.memberId }, select: { number: true } });
  return { ...member, email, number };
}

export async function createVoucher(input: { businessId: string; memberId: string; rewardId: string; expiresAt?: Date; status?: "ISSUED" | "CANCELLED" }) {
  return db.redemption.create({
    data: {
      businessId: input.businessId,
      memberId: input.memberId,
      rewardId: input.rewardId,
      points: 0,
      source: "PUNCH_CARD",
      code: generateVoucherCode(),
      expiresAt: input.expiresAt ?? new Date(Date.now() + 7 * 86_400_000),
      status: input.status ?? "ISSUED",
    },
  });
}
