// What a till needs to know about one member at the counter: balance and what of it is still
// pending, tier, the discount on this visit, punch card progress and open vouchers. Read-only;
// every query is scoped to the business, so another business's member id is simply not found.
import "server-only";
import { LoyaltyError } from "./errors";
import { loadProgram } from "./program";
import { nextVisitDiscountBp } from "./purchases";
import { basisPointsToPercent } from "./rules/visit-discount";
import { inTransaction } from "./tx";

export type MemberView = {
  id: string;
  number: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: "ACTIVE" | "SUSPENDED" | "DELETED";
  balance: number;
  pendingPoints: number;
  tier: { id: string; name: string } | null;
  visitDiscountPercent: number;
  punchCards: { id: string; name: string; stamps: number; stampsRequired: number; completed: number }[];
  vouchers: { code: string; rewardName: string | null; expiresAt: string }[];
};

export async function getMemberViewOrThrow(businessId: string, memberId: string, now = new Date()): Promise<MemberView> {
  return inTransaction(async (tx) => {
    const member = await tx.one<Omit<MemberView, "tier" | "visitDiscountPercent" | "punchCards" | "vouchers"> & { tierId: string | null; tierName: string | null }>`
      SELECT m.id, m.number, COALESCE(m."displayName", u.name) AS name, u.email, m.phone, m.status::text AS status, m.balance,
             m."tierId", t.name AS "tierName",
             (SELECT COALESCE(SUM(l.remaining), 0)::int FROM "LedgerLot" l
               WHERE l."memberId" = m.id AND l.remaining > 0 AND l."availableAt" > ${now}::timestamp(3)) AS "pendingPoints"
      FROM "Member" m LEFT JOIN "User" u ON u.id = m."userId" LEFT JOIN "Tier" t ON t.id = m."tierId"
      WHERE m.id = ${memberId} AND m."businessId" = ${businessId}`;
    if (!member) throw new LoyaltyError("member_not_found");
    const program = await loadProgram(tx, businessId);
    const punchCards = await tx.rows<MemberView["punchCards"][number]>`
      SELECT c.id, c.name, COALESCE(p.stamps, 0)::int AS stamps, c."stampsRequired", COALESCE(p.completed, 0)::int AS completed
      FROM "PunchCard" c LEFT JOIN "MemberPunchCard" p ON p."punchCardId" = c.id AND p."memberId" = ${member.id}
      WHERE c."businessId" = ${businessId} AND c.active ORDER BY c."createdAt"`;
    const vouchers = await tx.rows<{ code: string; rewardName: string | null; expiresAt: Date }>`
      SELECT r.code, w.name AS "rewardName", r."expiresAt" FROM "Redemption" r LEFT JOIN "Reward" w ON w.id = r."rewardId"
      WHERE r."memberId" = ${member.id} AND r."businessId" = ${businessId} AND r.status = 'ISSUED' AND r."expiresAt" > ${now}::timestamp(3)
      ORDER BY r."expiresAt" LIMIT 50`;
    const { tierId, tierName, ...rest } = member;
    return {
      ...rest,
      tier: tierId && tierName ? { id: tierId, name: tierName } : null,
      visitDiscountPercent: basisPointsToPercent(await nextVisitDiscountBp(tx, program, member.id, now)),
      punchCards,
      vouchers: vouchers.map((voucher) => ({ ...voucher, expiresAt: voucher.expiresAt.toISOString() })),
    };
  });
}

export type MemberLookup = { email: string } | { phone: string } | { number: number };

/** The member found by email, phone or member number in this business, or null. */
export async function findMemberId(businessId: string, by: MemberLookup): Promise<string | null> {
  return inTransaction(async (tx) => {
    const row =
      "email" in by
        ? await tx.one<{ id: string }>`
            SELECT m.id FROM "Member" m JOIN "User" u ON u.id = m."userId"
            WHERE m."businessId" = ${businessId} AND lower(u.email) = ${by.email.toLowerCase()}`
        : "phone" in by
          ? await tx.one<{ id: string }>`
              SELECT id FROM "Member" WHERE "businessId" = ${businessId} AND phone = ${by.phone} ORDER BY "joinedAt" LIMIT 1`
          : await tx.one<{ id: string }>`SELECT id FROM "Member" WHERE "businessId" = ${businessId} AND number = ${by.number}`;
    return row?.id ?? null;
  });
}
