// Finding the member at the counter: a scanned (or pasted) card code, a member number, an
// email or a phone. Card codes are verified and consumed here (lib/loyalty/card-token.ts), so
// a forged, expired, replayed or other shop's code is refused with its reason. Every query is
// scoped to the business: another business's member is simply not found.
import "server-only";
import { db } from "@/lib/db/client";
import { redeemCardToken, type CardTokenFailure } from "@/lib/loyalty/card-token";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { findMemberId, getMemberViewOrThrow, type MemberView } from "@/lib/loyalty/member-view";

export type CounterPurchase = {
  id: string;
  receiptId: string;
  amountMinor: number;
  refundedMinor: number;
  occurredAt: string;
  pointsEarned: number;
};

export type CounterMember = MemberView & { recentPurchases: CounterPurchase[] };

export type CounterLookupFailure = `card_${CardTokenFailure}` | "not_found" | "phone_ambiguous" | "unrecognised";
export type CounterLookupResult = { found: true; member: CounterMember } | { found: false; reason: CounterLookupFailure };

type Query =
  | { kind: "card"; token: string }
  | { kind: "email"; email: string }
  | { kind: "number"; number: number; digits: string }
  | { kind: "phone"; phone: string }
  | { kind: "unrecognised" };

// A card code is base64url(payload) "." base64url(HMAC); the payload alone is well over 16.
const CARD_TOKEN = /^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/;
const MAX_MEMBER_NUMBER = 2_147_483_647;
const MIN_PHONE_DIGITS = 7;
const PHONE_TAIL_DIGITS = 9;

export function classifyQuery(raw: string): Query {
  const query = raw.trim();
  if (CARD_TOKEN.test(query)) return { kind: "card", token: query };
  if (query.includes("@")) return { kind: "email", email: query };
  const number = /^(?:#|no\.?\s*)?(\d{1,12})$/i.exec(query);
  if (number) return { kind: "number", number: Number(number[1]), digits: number[1]! };
  if (/^\+?[\d\s().-]{6,30}$/.test(query)) return { kind: "phone", phone: query };
  return { kind: "unrecognised" };
}

export async function findCounterMember(businessId: string, raw: string, now = new Date()): Promise<CounterLookupResult> {
  const query = classifyQuery(raw);
  let memberId: string | null = null;
  switch (query.kind) {
    case "card": {
      const redeemed = await redeemCardToken(query.token, businessId, now);
      if (!redeemed.ok) return { found: false, reason: `card_${redeemed.reason}` };
      memberId = redeemed.memberId;
      break;
    }
    case "email":
      memberId = await findMemberId(businessId, { email: query.email });
      break;
    case "number":
      if (query.number <= MAX_MEMBER_NUMBER) memberId = await findMemberId(businessId, { number: query.number });
      // Long digit strings are phone numbers typed without a "+".
      if (!memberId && query.digits.length >= MIN_PHONE_DIGITS) return byPhone(businessId, query.digits, now);
      break;
    case "phone":
      return byPhone(businessId, query.phone, now);
    case "unrecognised":
      return { found: false, reason: "unrecognised" };
  }
  if (!memberId) return { found: false, reason: "not_found" };
  const member = await getCounterMember(businessId, memberId, now);
  return member ? { found: true, member } : { found: false, reason: "not_found" };
}

/**
 * Phones are stored as the member typed them (often +63917…), cashiers type 0917 123 4567:
 * an exact match first, then the last nine digits when exactly one member has them. Nine
 * digits, so a mistyped member number never lands on someone's phone by its last few.
 */
async function byPhone(businessId: string, phone: string, now: Date): Promise<CounterLookupResult> {
  const compact = phone.replace(/[\s().-]/g, "");
  let memberId = await findMemberId(businessId, { phone: compact });
  if (!memberId) {
    const digits = compact.replace(/\D/g, "");
    if (digits.length < PHONE_TAIL_DIGITS) return { found: false, reason: "not_found" };
    const tail = digits.slice(-PHONE_TAIL_DIGITS);
    const matches = await db.member.findMany({ where: { businessId, phone: { endsWith: tail } }, select: { id: true }, take: 2 });
    if (matches.length > 1) return { found: false, reason: "phone_ambiguous" };
    memberId = matches[0]?.id ?? null;
  }
  if (!memberId) return { found: false, reason: "not_found" };
  const member = await getCounterMember(businessId, memberId, now);
  return member ? { found: true, member } : { found: false, reason: "not_found" };
}

/** The member as the counter shows them, or null when not a member of this business. */
export async function getCounterMember(businessId: string, memberId: string, now = new Date()): Promise<CounterMember | null> {
  let view: MemberView;
  try {
    view = await getMemberViewOrThrow(businessId, memberId, now);
  } catch (error) {
    if (error instanceof LoyaltyError && error.code === "member_not_found") return null;
    throw error;
  }
  const purchases = await db.purchase.findMany({
    where: { businessId, memberId: view.id },
    orderBy: { occurredAt: "desc" },
    take: 8,
    select: {
      id: true,
      externalId: true,
      amountMinor: true,
      refundedMinor: true,
      occurredAt: true,
      ledgerEntries: { where: { kind: "EARN" }, select: { points: true } },
    },
  });
  return {
    ...view,
    recentPurchases: purchases.map((purchase) => ({
      id: purchase.id,
      receiptId: purchase.externalId,
      amountMinor: purchase.amountMinor,
      refundedMinor: purchase.refundedMinor,
      occurredAt: purchase.occurredAt.toISOString(),
      pointsEarned: purchase.ledgerEntries.reduce((sum, entry) => sum + entry.points, 0),
    })),
  };
}
