// First half of the simulation: who the members are and when they buy, before any points.
// Members join over the last ~14 months (more of them recently: daysAgo = 425 × u^1.25) and
// buy from the day they join, with exponential gaps around their archetype's mean, at random
// times within opening hours. Each member draws from their own PRNG stream, seeded before
// anything depends on `now`, so names, numbers and emails are the same whenever the seed runs.
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, type Archetype, type BusinessConfig } from "./demo-businesses";
import { createRng, type Rng } from "./random";
import type { PurchaseRow, RefundRow } from "./rows";
import { DAY, localDayOf, openInstant } from "./time";

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const JOIN_SPAN_DAYS = 425;
/** Share of all purchases made by non-members (memberId null), for members vs. non-members analytics */
const NON_MEMBER_SHARE = 0.08;
const REFUND_RATE = 0.03;

export type MemberPlan = {
  id: string;
  number: number;
  userId: string;
  isMaria: boolean;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  archetype: Archetype;
  joinedAt: Date;
  emailVerified: Date | null;
  birthday: Date | null;
  phone: string | null;
  marketingConsent: boolean;
  unsubscribeToken: string;
  referralCode: string;
  referredById: string | null;
  /** Chance to redeem when the goal is affordable; 0 for savers */
  redeemChance: number;
  reserve: number;
  maxRewardCost: number;
  gapDays: number;
  ticketMinor: number;
  /** This member's own PRNG stream */
  rng: Rng;
};

export type Plan = { members: MemberPlan[]; purchases: PurchaseRow[]; refunds: RefundRow[] };

export function planBusiness(config: BusinessConfig, businessId: string, rng: Rng, now: Date): Plan {
  const today = localDayOf(now.getTime(), config.hours);
  const streams = Array.from({ length: config.memberCount }, () => createRng(rng.int(0, 0xffffffff)));
  const drafts = streams.map((stream, index) => draftMember(config, stream, now, today, index === 0));
  // Stable sort: member numbers follow the order in which people joined.
  drafts.sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime());
  const members = identify(config, drafts);
  const purchases = members.flatMap((member) => memberPurchases(config, member, businessId, now));
  const nonMember = Math.round((purchases.length * NON_MEMBER_SHARE) / (1 - NON_MEMBER_SHARE));
  for (let index = 0; index < nonMember; index++) {
    const at = new Date(openInstant(today - rng.int(0, 364), config.hours, rng));
    if (at.getTime() < now.getTime() - 5 * 60_000) purchases.push(purchase(config, businessId, null, at, config.ticket.medianMinor, rng));
  }
  purchases.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  purchases.forEach((row, index) => {
    row.id = `${config.key}_p${String(index + 1).padStart(6, "0")}`;
    row.externalId = `${config.receiptPrefix}-${String(index + 1).padStart(6, "0")}`;
  });
  return { members, purchases, refunds: planRefunds(config, businessId, purchases, rng, now) };
}

type Draft = Omit<MemberPlan, "id" | "number" | "userId" | "email" | "unsubscribeToken" | "referralCode" | "referredById">;

function draftMember(config: BusinessConfig, rng: Rng, now: Date, today: number, isMaria: boolean): Draft {
  const { maria, ticket } = config;
  // A join later today than `now` moves to half an hour ago.
  const joinOn = (daysAgo: number) => new Date(Math.min(openInstant(today - daysAgo, config.hours, rng), now.getTime() - 30 * 60_000));
  if (isMaria) {
    const joinedAt = joinOn(maria.joinedDaysAgo);
    return {
      rng,
      isMaria,
      firstName: "Maria",
      lastName: "Santos",
      name: DEMO_ACCOUNTS.maria.name,
      archetype: "regular",
      joinedAt,
      emailVerified: joinedAt,
      birthday: new Date(Date.UTC(1992, 5, 14)),
      phone: maria.phone,
      marketingConsent: true,
      redeemChance: 1,
      reserve: maria.reserve,
      maxRewardCost: maria.maxRewardCost,
      gapDays: maria.gapDays,
      ticketMinor: maria.ticketMinor,
    };
  }
  const kinds = Object.keys(config.archetypes) as Archetype[];
  const archetype = kinds[rng.weighted(kinds.map((kind) => config.archetypes[kind].share))] as Archetype;
  const [minGap, maxGap] = config.archetypes[archetype].gapDays;
  const joinedAt = joinOn(Math.floor(JOIN_SPAN_DAYS * rng.next() ** 1.25));
  const saver = rng.chance(0.2);
  const firstName = rng.pick(config.names.first);
  const lastName = rng.pick(config.names.last);
  return {
    rng,
    isMaria,
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    archetype,
    joinedAt,
    emailVerified: rng.chance(0.85) ? new Date(joinedAt.getTime() + rng.int(1, 30) * 60_000) : null,
    birthday: rng.chance(0.6) ? new Date(Date.UTC(rng.int(1965, 2005), rng.int(0, 11), rng.int(1, 28))) : null,
    phone: null,
    marketingConsent: rng.chance(0.8),
    redeemChance: saver ? 0 : 0.2 + rng.next() * 0.5,
    reserve: rng.chance(0.35) ? rng.int(1, 6) * 50 : 0,
    maxRewardCost: Infinity,
    gapDays: minGap + rng.next() * (maxGap - minGap),
    ticketMinor: clamp(ticket.medianMinor * Math.exp(0.35 * rng.gaussian()), ticket.minMinor, ticket.maxMinor),
  };
}

function identify(config: BusinessConfig, drafts: Draft[]): MemberPlan[] {
  const codes = new Set<string>();
  const phones = new Set<string>([config.maria.phone]);
  const members: MemberPlan[] = [];
  drafts.forEach((draft, index) => {
    const { rng } = draft;
    const number = 1001 + index;
    let referralCode: string;
    do referralCode = rng.string(CODE_ALPHABET, 8);
    while (codes.has(referralCode));
    codes.add(referralCode);
    let phone = draft.phone;
    if (!draft.isMaria && rng.chance(0.55)) {
      do phone = config.phonePrefix + rng.string("0123456789", config.phoneDigits);
      while (phones.has(phone));
      phones.add(phone);
    }
    const referrer = index > 0 && !draft.isMaria && rng.chance(0.15) ? members[rng.int(0, index - 1)] : undefined;
    members.push({
      ...draft,
      id: `${config.key}_m${number}`,
      number,
      userId: draft.isMaria ? DEMO_ACCOUNTS.maria.id : `${config.key}_u${number}`,
      email: draft.isMaria ? DEMO_ACCOUNTS.maria.email : `${ascii(draft.firstName)}.${ascii(draft.lastName)}.${number}@${DEMO_EMAIL_DOMAIN}`,
      phone,
      unsubscribeToken: rng.string("0123456789abcdef", 32),
      referralCode,
      referredById: referrer?.id ?? null,
    });
  });
  return members;
}

function memberPurchases(config: BusinessConfig, member: MemberPlan, businessId: string, now: Date): PurchaseRow[] {
  const { rng } = member;
  const end =
    member.archetype === "churned"
      ? Math.max(member.joinedAt.getTime() + 20 * DAY, now.getTime() - rng.int(60, 240) * DAY)
      : now.getTime();
  const rows: PurchaseRow[] = [];
  // Another visit the same day comes at least 20 minutes after the last one.
  const nextVisit = (from: number, gapDays: number) => {
    const at = openInstant(localDayOf(from + gapDays * DAY, config.hours), config.hours, rng);
    return at > from + 20 * 60_000 ? at : from + rng.int(20, 60) * 60_000;
  };
  // Most people join at the counter with their first purchase.
  let at = rng.chance(member.archetype === "dormant" ? 0.6 : 0.9)
    ? member.joinedAt.getTime() + rng.int(1, 5) * 60_000
    : nextVisit(member.joinedAt.getTime(), member.gapDays);
  while (at < end && at < now.getTime() - 5 * 60_000) {
    rows.push(purchase(config, businessId, member.id, new Date(at), member.ticketMinor, rng));
    at = nextVisit(at, Math.max(0.3, rng.exponential(member.gapDays)));
  }
  return rows;
}

function purchase(config: BusinessConfig, businessId: string, memberId: string | null, at: Date, ticketMinor: number, rng: Rng): PurchaseRow {
  const { ticket } = config;
  const amount = clamp(ticketMinor * Math.exp(0.3 * rng.gaussian()), ticket.minMinor, ticket.maxMinor);
  const channels = Object.entries(config.channels) as [PurchaseRow["channel"], number][];
  const channel = channels[rng.weighted(channels.map(([, weight]) => weight))]?.[0] ?? "COUNTER";
  const cashier = config.cashiers[rng.weighted(config.cashiers.map((c) => c.weight))]?.key ?? "owner";
  return {
    id: "",
    businessId,
    memberId,
    amountMinor: Math.max(ticket.minMinor, Math.round(amount / ticket.stepMinor) * ticket.stepMinor),
    currency: config.business.currency,
    externalId: "",
    occurredAt: at,
    refundedMinor: 0,
    channel,
    staffUserId: channel === "COUNTER" ? DEMO_ACCOUNTS[cashier].id : null,
    createdAt: at,
  };
}

/** ~3% of purchases come back within a week: 55% in full, otherwise 20–80% of the amount. */
function planRefunds(config: BusinessConfig, businessId: string, purchases: PurchaseRow[], rng: Rng, now: Date): RefundRow[] {
  const step = config.ticket.stepMinor;
  const refunds: RefundRow[] = [];
  for (const row of purchases) {
    if (!rng.chance(REFUND_RATE)) continue;
    const at = Math.min(row.occurredAt.getTime() + rng.int(10, 7 * 24 * 60) * 60_000, now.getTime() - 60_000);
    if (at <= row.occurredAt.getTime()) continue;
    const partial = row.amountMinor > 2 * step && !rng.chance(0.55);
    const amount = partial
      ? clamp(Math.round((row.amountMinor * (0.2 + 0.6 * rng.next())) / step) * step, step, row.amountMinor - step)
      : row.amountMinor;
    row.refundedMinor = amount;
    refunds.push({
      id: "",
      businessId,
      purchaseId: row.id,
      amountMinor: amount,
      idempotencyKey: "",
      actorUserId: row.staffUserId,
      createdAt: new Date(at),
    });
  }
  refunds.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  refunds.forEach((refund, index) => {
    refund.id = `${config.key}_rf${String(index + 1).padStart(5, "0")}`;
    refund.idempotencyKey = `seed/refund/${refund.id}`;
  });
  return refunds;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** "Ștefan" → "stefan", "Dela Cruz" → "delacruz": the local part of demo addresses */
function ascii(name: string): string {
  return name.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
}
