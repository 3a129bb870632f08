// Vouchers at the counter: what a typed or scanned code is (reward, whose, status) and
// marking it used through the engine, which locks the row so two tills cannot both accept
// it. Another business's code is "not found", exactly like a code that does not exist.
import "server-only";
import { UserError } from "@/lib/actions/user-error";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format/dates";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { formatVoucherCode, normalizeVoucherCode } from "@/lib/loyalty/rules/voucher-code";
// Aliased: the engine's name reads as a React hook to the linter.
import { useVoucher as markVoucherUsed } from "@/lib/loyalty/voucher-use";

export type CounterVoucherStatus = "ISSUED" | "USED" | "CANCELLED" | "EXPIRED";

export type CounterVoucher = {
  code: string;
  rewardName: string | null;
  rewardKind: string | null;
  points: number;
  valueMinor: number | null;
  status: CounterVoucherStatus;
  expiresAt: string;
  usedAt: string | null;
  member: { id: string; number: number; name: string | null };
};

export type CounterVoucherCheck = { found: true; voucher: CounterVoucher } | { found: false; reason: "format" | "not_found" };

export async function checkCounterVoucher(businessId: string, rawCode: string, now = new Date()): Promise<CounterVoucherCheck> {
  const code = normalizeVoucherCode(rawCode);
  if (!code) return { found: false, reason: "format" };
  const voucher = await findVoucher(businessId, code, now);
  return voucher ? { found: true, voucher } : { found: false, reason: "not_found" };
}

export async function markCounterVoucherUsed(input: { businessId: string; code: string; staffUserId: string }, now = new Date()): Promise<CounterVoucher> {
  const code = normalizeVoucherCode(input.code);
  if (!code) throw new UserError("That is not a voucher code: it has 12 letters and digits, like ABCD-EFGH-JKMN.");
  try {
    await markVoucherUsed({ businessId: input.businessId, code }, { userId: input.staffUserId }, now);
  } catch (error) {
    if (error instanceof LoyaltyError) throw new UserError(await refusal(error, input.businessId, code));
    throw error;
  }
  const voucher = await findVoucher(input.businessId, code, now);
  if (!voucher) throw new UserError("No voucher with this code at this business.");
  return voucher;
}

async function refusal(error: LoyaltyError, businessId: string, code: string): Promise<string> {
  switch (error.code) {
    case "voucher_not_found":
      return "No voucher with this code at this business.";
    case "already_used": {
      const used = await db.redemption.findFirst({
        where: { businessId, code },
        select: { usedAt: true, business: { select: { timeZone: true } } },
      });
      return used?.usedAt
        ? `This voucher was already used on ${formatDateTime(used.usedAt, used.business.timeZone)}.`
        : "This voucher was already used.";
    }
    case "voucher_cancelled":
      return "This voucher was cancelled; it cannot be used.";
    case "expired":
      return "This voucher has expired; it cannot be used.";
    default:
      return error.message;
  }
}

async function findVoucher(businessId: string, code: string, now: Date): Promise<CounterVoucher | null> {
  const row = await db.redemption.findFirst({
    where: { businessId, code },
    select: {
      code: true,
      points: true,
      valueMinor: true,
      status: true,
      expiresAt: true,
      usedAt: true,
      reward: { select: { name: true, kind: true } },
      member: { select: { id: true, number: true, displayName: true, user: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  // The expiry job may not have run yet: an issued voucher past its date is expired already.
  const status: CounterVoucherStatus = row.status === "ISSUED" && row.expiresAt <= now ? "EXPIRED" : row.status;
  return {
    code: formatVoucherCode(row.code),
    rewardName: row.reward?.name ?? null,
    rewardKind: row.reward?.kind ?? null,
    points: row.points,
    valueMinor: row.valueMinor,
    status,
    expiresAt: row.expiresAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    member: { id: row.member.id, number: row.member.number, name: row.member.displayName ?? row.member.user?.name ?? null },
  };
}
