import "server-only";
import type { Program, Promotion, PunchCard, Tier } from "@/lib/generated/prisma/client";
import { LoyaltyError } from "./errors";
import { addMonths } from "./rules/local-time";
import type { LockedMember, Tx } from "./tx";

/**
 * Everything the rules need about one business, in one round trip (the engine's hot path
 * reads it for every purchase).
 */
export async function loadProgram(tx: Tx, businessId: string) {
  return (await loadProgramLockingMember(tx, businessId, null)).program;
}

/**
 * The program and, when `memberId` is given, the member's row lock (lockMember) in the same
 * round trip. The member is null when it does not belong to this business.
 */
export async function loadProgramLockingMember(tx: Tx, businessId: string, memberId: string | null) {
  const row = await tx.one<ProgramQueryRow>`
    WITH locked AS (
      SELECT id, "businessId", "userId", "tierId", status::text AS status, balance, "referredById", "tierGraceUntil"
      FROM "Member" WHERE id = ${memberId} AND "businessId" = ${businessId}
      FOR UPDATE
    )
    SELECT to_jsonb(b.*) - 'createdAt' - 'updatedAt' AS business,
           to_jsonb(p.*) AS program,
           COALESCE((SELECT jsonb_agg(to_jsonb(t.*) ORDER BY t.rank) FROM "Tier" t WHERE t."businessId" = b.id), '[]') AS tiers,
           COALESCE((SELECT jsonb_agg(to_jsonb(pr.*)) FROM "Promotion" pr WHERE pr."businessId" = b.id AND pr.active), '[]') AS promotions,
           COALESCE((SELECT jsonb_agg(to_jsonb(c.*) || jsonb_build_object('reward', (SELECT jsonb_build_object('id', r.id, 'name', r.name, 'voucherDays', r."voucherDays") FROM "Reward" r WHERE r.id = c."rewardId")))
                     FROM "PunchCard" c WHERE c."businessId" = b.id AND c.active), '[]') AS "punchCards",
           (SELECT to_jsonb(locked.*) FROM locked) AS member
    FROM "Business" b LEFT JOIN "Program" p ON p."businessId" = b.id
    WHERE b.id = ${businessId}`;
  if (!row?.business || !row.program) throw new LoyaltyError("invalid_input", "This business has no loyalty program yet.");
  const program = {
    id: row.business.id,
    currency: row.business.currency,
    timeZone: row.business.timeZone,
    program: row.program,
    tiers: row.tiers,
    promotions: row.promotions.map((promotion) => ({ ...promotion, startsAt: utc(promotion.startsAt), endsAt: utc(promotion.endsAt) })),
    punchCards: row.punchCards,
  };
  const member: LockedMember | null = row.member ? { ...row.member, tierGraceUntil: utc(row.member.tierGraceUntil) } : null;
  return { program, member };
}

/** jsonb renders timestamp(3) columns without a zone; they hold UTC (Prisma's convention). */
function utc(value: string | null): Date | null {
  return value ? new Date(`${value}Z`) : null;
}

type ProgramQueryRow = {
  business: BusinessRow | null;
  program: ProgramRow | null;
  tiers: TierRow[];
  promotions: PromotionRow[];
  punchCards: PunchCardRow[];
  member: (Omit<LockedMember, "tierGraceUntil"> & { tierGraceUntil: string | null }) | null;
};

// JSON shapes of the rows above (dates arrive as strings; only promotions use theirs).
type BusinessRow = { id: string; currency: string; timeZone: string };
type ProgramRow = Omit<Program, "updatedAt">;
type TierRow = Pick<Tier, "id" | "name" | "rank" | "threshold" | "multiplierBp" | "perks">;
type PromotionRow = Omit<Promotion, "startsAt" | "endsAt" | "createdAt"> & { startsAt: string | null; endsAt: string | null };
type PunchCardRow = Pick<PunchCard, "id" | "name" | "stampsRequired" | "stampRule" | "stampMinorUnit" | "stampItem"> & {
  reward: { id: string; name: string; voucherDays: number } | null;
};

export type LoadedProgram = Awaited<ReturnType<typeof loadProgram>>;

/** When what is left of a lot earned at `earnedAt` expires under the program's policy. */
export function lotExpiry(program: LoadedProgram["program"], earnedAt: Date): Date | null {
  if (program.expiryPolicy !== "AFTER_EARN" || !program.expiryMonths) return null;
  return addMonths(earnedAt, program.expiryMonths);
}

/** When points earned at `earnedAt` become spendable (the pending period), or null at once. */
export function availableFrom(program: LoadedProgram["program"], earnedAt: Date): Date | null {
  return program.pendingDays > 0 ? new Date(earnedAt.getTime() + program.pendingDays * 86_400_000) : null;
}
