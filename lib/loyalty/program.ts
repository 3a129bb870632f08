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
 *
 * The decoded program is kept per business in this process and reused while the business's
 * configVersion (moved by database triggers on every change to it, prisma/migrations
 * …_program_config_version) is the one it was read at: the statement only sends the whole
 * program again when the version differs. Building it as JSON cost PostgreSQL ~0.2 ms of
 * the ~0.4 ms a purchase's writes take (bench/api.ts).
 */
export async function loadProgramLockingMember(tx: Tx, businessId: string, memberId: string | null) {
  const known = programs.get(businessId);
  const row = await tx.one<ProgramQueryRow>`
    WITH locked AS (
      SELECT id, "businessId", "userId", "tierId", status::text AS status, balance, "referredById", "tierGraceUntil"
      FROM "Member" WHERE id = ${memberId} AND "businessId" = ${businessId}
      FOR UPDATE
    )
    SELECT b."configVersion" AS version,
      CASE WHEN b."configVersion" IS DISTINCT FROM ${known?.version ?? null}::int THEN jsonb_build_object(
        'business', to_jsonb(b.*) - 'createdAt' - 'updatedAt',
        'program', to_jsonb(p.*),
        'tiers', COALESCE((SELECT jsonb_agg(to_jsonb(t.*) ORDER BY t.rank) FROM "Tier" t WHERE t."businessId" = b.id), '[]'),
        'promotions', COALESCE((SELECT jsonb_agg(to_jsonb(pr.*)) FROM "Promotion" pr WHERE pr."businessId" = b.id AND pr.active), '[]'),
        'punchCards', COALESCE((SELECT jsonb_agg(to_jsonb(c.*) || jsonb_build_object('reward', (SELECT jsonb_build_object('id', r.id, 'name', r.name, 'voucherDays', r."voucherDays") FROM "Reward" r WHERE r.id = c."rewardId")))
                      FROM "PunchCard" c WHERE c."businessId" = b.id AND c.active), '[]'))
      END AS config,
      (SELECT to_jsonb(locked.*) FROM locked) AS member
    FROM "Business" b LEFT JOIN "Program" p ON p."businessId" = b.id
    WHERE b.id = ${businessId}`;
  if (!row) throw new LoyaltyError("invalid_input", "This business has no loyalty program yet.");
  let program = known?.program;
  if (row.config) {
    program = decodeProgram(row.config);
    if (programs.size >= MAX_CACHED_PROGRAMS) programs.clear();
    programs.set(businessId, { version: row.version, program });
  }
  if (!program) throw new LoyaltyError("invalid_input", "This business has no loyalty program yet.");
  const member: LockedMember | null = row.member ? { ...row.member, tierGraceUntil: utc(row.member.tierGraceUntil) } : null;
  return { program, member };
}

/** Programs read by this process, by business: plenty for every business one instance serves. */
const MAX_CACHED_PROGRAMS = 10_000;
const programs = new Map<string, { version: number; program: DecodedProgram | null }>();

type DecodedProgram = ReturnType<typeof buildProgram>;

/** Shared between requests, so frozen: a rule that changed it would change every later purchase. */
function decodeProgram(config: ConfigJson): DecodedProgram | null {
  if (!config.business || !config.program) return null;
  return deepFreeze(buildProgram(config.business, config.program, config));
}

function buildProgram(business: BusinessRow, program: ProgramRow, config: ConfigJson) {
  return {
    id: business.id,
    currency: business.currency,
    timeZone: business.timeZone,
    program,
    tiers: config.tiers,
    promotions: config.promotions.map((promotion) => ({ ...promotion, startsAt: utc(promotion.startsAt), endsAt: utc(promotion.endsAt) })),
    punchCards: config.punchCards,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** jsonb renders timestamp(3) columns without a zone; they hold UTC (Prisma's convention). */
function utc(value: string | null): Date | null {
  return value ? new Date(`${value}Z`) : null;
}

type ConfigJson = {
  business: BusinessRow | null;
  program: ProgramRow | null;
  tiers: TierRow[];
  promotions: PromotionRow[];
  punchCards: PunchCardRow[];
};

type ProgramQueryRow = {
  version: number;
  /** Null when the version is the one this process already holds */
  config: ConfigJson | null;
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
