// Paid membership (warehouse-club style): a yearly fee; purchases less refunds earn a cashback
// percentage, capped per year, paid out as a certificate when the year renews. The owner sees
// for each member whether the fee pays for itself.
import "server-only";
import { db } from "@/lib/db/client";
import { LoyaltyError } from "./errors";
import { addMonths } from "./rules/local-time";
import { cashbackMinor, membershipPaysForItself } from "./rules/membership";
import { inTransaction, lockMember, type Tx } from "./tx";
import { issueVoucher } from "./vouchers";
import { loadProgram } from "./program";

const CERTIFICATE_DAYS = 90;

export async function startPaidMembership(input: { businessId: string; memberId: string }, now = new Date()) {
  return inTransaction(async (tx) => {
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    const { program } = await loadProgram(tx, input.businessId);
    if (!program.membershipEnabled) throw new LoyaltyError("invalid_input", "This program has no paid membership.");
    const until = addMonths(now, 12);
    await tx.run`UPDATE "Member" SET "paidMemberSince" = ${now}::timestamp(3), "paidMemberUntil" = ${until}::timestamp(3), "updatedAt" = now() WHERE id = ${member.id}`;
    return { since: now.toISOString(), until: until.toISOString() };
  });
}

/** Closes the member's year: issues its cashback certificate (once) and starts the next year. */
export async function renewPaidMembership(input: { businessId: string; memberId: string }, now = new Date()) {
  return inTransaction(async (tx) => {
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    const row = (await tx.one<{ paidMemberSince: Date | null; paidMemberUntil: Date | null }>`
      SELECT "paidMemberSince", "paidMemberUntil" FROM "Member" WHERE id = ${member.id}`)!;
    if (!row.paidMemberSince || !row.paidMemberUntil) throw new LoyaltyError("invalid_input", "Not a paid member.");
    const year = await cashbackForYear(tx, input.businessId, member.id, row.paidMemberSince, row.paidMemberUntil);
    const certificate =
      year.cashbackMinor > 0
        ? await issueVoucher(tx, {
            businessId: input.businessId,
            memberId: member.id,
            rewardId: null,
            rewardName: null,
            source: "CASHBACK",
            points: 0,
            valueMinor: year.cashbackMinor,
            validDays: CERTIFICATE_DAYS,
            now,
            idempotencyKey: `cashback/${member.id}/${row.paidMemberSince.toISOString()}`,
          })
        : null;
    const start = row.paidMemberUntil > now ? row.paidMemberUntil : now;
    await tx.run`UPDATE "Member" SET "paidMemberSince" = ${start}::timestamp(3), "paidMemberUntil" = ${addMonths(start, 12)}::timestamp(3), "updatedAt" = now() WHERE id = ${member.id}`;
    return { cashbackMinor: year.cashbackMinor, certificateCode: certificate?.code ?? null };
  });
}

/** Whether the fee pays for itself this membership year, for the admin's member page. */
export async function getMembershipValue(businessId: string, memberId: string) {
  const member = await db.member.findFirst({ where: { id: memberId, businessId }, select: { paidMemberSince: true, paidMemberUntil: true } });
  if (!member) throw new LoyaltyError("member_not_found");
  if (!member.paidMemberSince || !member.paidMemberUntil) return null;
  const year = await inTransaction((tx) => cashbackForYear(tx, businessId, memberId, member.paidMemberSince!, member.paidMemberUntil!));
  return { ...year, ...membershipPaysForItself({ feeMinor: year.feeMinor, cashbackMinor: year.cashbackMinor }) };
}

async function cashbackForYear(tx: Tx, businessId: string, memberId: string, from: Date, to: Date) {
  const { program } = await loadProgram(tx, businessId);
  const [spend] = await tx.rows<{ net: number }>`
    SELECT COALESCE(SUM("amountMinor" - "refundedMinor" - "pointsPaidMinor"), 0)::int AS net FROM "Purchase"
    WHERE "memberId" = ${memberId} AND "occurredAt" >= ${from} AND "occurredAt" < ${to}`;
  const netSpendMinor = spend?.net ?? 0;
  return {
    feeMinor: program.membershipFeeMinor,
    netSpendMinor,
    cashbackMinor: cashbackMinor({ netSpendMinor, cashbackBp: program.membershipCashbackBp, capMinor: program.membershipCapMinor }),
  };
}
