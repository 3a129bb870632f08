// Abuse limits beyond sign-in (lib/auth/sign-in-limits.ts) and the POS API's per-key limit
// (lib/api/rate-limits.ts): earn calls and redemptions per member per minute, counter
// purchases per staff member per minute, sign-in links per email address per hour. Counted in
// PostgreSQL's RateLimit table in rate-limiter-flexible's row layout, so every app instance
// shares them. The per-minute counters are on the till's hot path, so each check is ONE
// statement: a fixed-window upsert that also writes the audit entry when a window's limit is
// first passed (one entry per window and subject, however hard someone keeps trying). It is a
// named (prepared) statement and commits without waiting for the WAL flush
// (lib/db/async-commit.ts): a database crash may forget the last moment's counts, which only
// lets a few more attempts through.
import "server-only";
import { randomUUID } from "node:crypto";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { UserError } from "@/lib/actions/user-error";
import { ASYNC_COMMIT } from "@/lib/db/async-commit";
import { db, pool } from "@/lib/db/client";
import { env } from "@/lib/env.js";
import { log, maskEmails } from "@/lib/log";

/** Refusal with a sentence for the person and the seconds until they may try again. */
export class TooManyAttemptsError extends UserError {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = "TooManyAttemptsError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

type Rule = { prefix: string; limit: () => number; windowSeconds: number; auditAction: string; entityType: string; refusal: (seconds: number) => string };

const inSeconds = (seconds: number) => `${seconds} second${seconds === 1 ? "" : "s"}`;

export const RULES = {
  earn: {
    prefix: "earn-member",
    limit: () => env.SUKI_LIMIT_EARN_PER_MEMBER_MINUTE,
    windowSeconds: 60,
    auditAction: "abuse.earn_limit",
    entityType: "Member",
    refusal: (seconds) => `Too many purchases for this member in a minute. Try again in ${inSeconds(seconds)}.`,
  },
  redeem: {
    prefix: "redeem-member",
    limit: () => env.SUKI_LIMIT_REDEEM_PER_MEMBER_MINUTE,
    windowSeconds: 60,
    auditAction: "abuse.redeem_limit",
    entityType: "Member",
    refusal: (seconds) => `Too many redemptions in a minute. Try again in ${inSeconds(seconds)}.`,
  },
  counter: {
    prefix: "counter-staff",
    limit: () => env.SUKI_LIMIT_COUNTER_PER_STAFF_MINUTE,
    windowSeconds: 60,
    auditAction: "abuse.counter_limit",
    entityType: "User",
    refusal: (seconds) => `Too many sales recorded in a minute from your account. Try again in ${inSeconds(seconds)}.`,
  },
} satisfies Record<string, Rule>;

export type Actor = { userId?: string | null; apiKeyId?: string | null };

type Subject = { businessId: string; entityId: string; actor: Actor };

/** Counts one attempt against `rule` for `subject`; answers whether it is within the limit. */
export async function countAttempt(rule: Rule, subject: Subject): Promise<LimitDecision> {
  const limit = rule.limit();
  const { rows } = await pool.query<{ points: number; msLeft: number }>({
    name: "abuse-limit-count",
    text: `WITH counted AS (
       INSERT INTO "RateLimit" (key, points, expire)
       VALUES ($1, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => $2::int))
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN "RateLimit".expire IS NULL OR "RateLimit".expire <= (now() AT TIME ZONE 'UTC') THEN 1 ELSE "RateLimit".points + 1 END,
         expire = CASE WHEN "RateLimit".expire IS NULL OR "RateLimit".expire <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED.expire ELSE "RateLimit".expire END
       RETURNING points, expire
     ), audited AS (
       INSERT INTO "AuditLog" (id, "businessId", "actorUserId", "actorApiKeyId", action, "entityType", "entityId", after)
       SELECT $4, $5, $6, $7, $8, $9, $10, jsonb_build_object('limit', $3::int, 'windowSeconds', $2::int)
       FROM counted WHERE counted.points = $3::int + 1
     )
     SELECT points, GREATEST(0, CEIL(EXTRACT(EPOCH FROM expire - (now() AT TIME ZONE 'UTC')) * 1000))::int AS "msLeft" FROM counted, ${ASYNC_COMMIT}`,
    values: [
      `${rule.prefix}:${subject.businessId}:${subject.entityId}`,
      rule.windowSeconds,
      limit,
      randomUUID(),
      subject.businessId,
      subject.actor.userId ?? null,
      subject.actor.apiKeyId ?? null,
      rule.auditAction,
      rule.entityType,
      subject.entityId,
    ],
  });
  const { points, msLeft } = rows[0]!;
  if (points <= limit) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil(msLeft / 1000));
  if (points === limit + 1) {
    log.warn("abuse limit reached", { limit: rule.prefix, businessId: subject.businessId, entityId: subject.entityId, ...subject.actor });
  }
  return { allowed: false, retryAfterSeconds, message: rule.refusal(retryAfterSeconds) };
}

function enforce(decision: LimitDecision): void {
  if (!decision.allowed) throw new TooManyAttemptsError(decision.message, decision.retryAfterSeconds);
}

/** Earn calls (purchases, credited actions) for one member: API and counter. */
export function countMemberEarn(businessId: string, memberId: string, actor: Actor): Promise<LimitDecision> {
  return countAttempt(RULES.earn, { businessId, entityId: memberId, actor });
}

/** Redemptions for one member: portal, counter and API. */
export function countMemberRedeem(businessId: string, memberId: string, actor: Actor): Promise<LimitDecision> {
  return countAttempt(RULES.redeem, { businessId, entityId: memberId, actor });
}

/** Server actions: throws a TooManyAttemptsError (a UserError, so its message reaches the form). */
export async function limitMemberRedeem(businessId: string, memberId: string, actor: Actor): Promise<void> {
  enforce(await countMemberRedeem(businessId, memberId, actor));
}

/**
 * Counter purchases per staff member per minute (call it in the counter's purchase action
 * before recording the sale). Throws a TooManyAttemptsError whose message reaches the form.
 */
export async function limitCounterPurchase(staffUserId: string, businessId: string): Promise<void> {
  enforce(await countAttempt(RULES.counter, { businessId, entityId: staffUserId, actor: { userId: staffUserId } }));
}

// Sign-in links: the action asks first (`signInLinkRetryAfter`) for a clear message; Auth.js's
// sender counts (`countSignInLink`), so a direct POST to /api/auth/signin/resend is held to
// the same limit. Addresses are lower-cased as Auth.js does.
let signInLinks: RateLimiterPrisma | undefined;
function signInLinkLimiter(): RateLimiterPrisma {
  signInLinks ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "signin-link-email",
    points: env.SUKI_LIMIT_SIGN_IN_LINKS_PER_EMAIL_HOUR,
    duration: 60 * 60,
    clearExpiredByTimeout: false,
  });
  return signInLinks;
}

/** Seconds until another sign-in link may be sent to `email`, or 0. */
export async function signInLinkRetryAfter(email: string): Promise<number> {
  const state = await signInLinkLimiter().get(email.trim().toLowerCase());
  if (!state || state.consumedPoints < env.SUKI_LIMIT_SIGN_IN_LINKS_PER_EMAIL_HOUR) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

export function signInLinkRefusal(seconds: number): string {
  return `Too many sign-in links requested for this address. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`;
}

/**
 * Counts one sign-in link for `email`; throws once the hour's allowance is spent. There is no
 * business to file an audit entry under, so the refusal is a structured log line.
 */
export async function countSignInLink(email: string): Promise<void> {
  const key = email.trim().toLowerCase();
  const state = await signInLinkLimiter().penalty(key, 1);
  const limit = env.SUKI_LIMIT_SIGN_IN_LINKS_PER_EMAIL_HOUR;
  if (state.consumedPoints <= limit) return;
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  if (state.consumedPoints === limit + 1) log.warn("abuse limit reached", { limit: "signin-link-email", account: maskEmails(key) });
  throw new TooManyAttemptsError(signInLinkRefusal(seconds), seconds);
}
