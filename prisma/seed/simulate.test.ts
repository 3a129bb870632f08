import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_BUSINESSES, DEMO_EMAIL_DOMAIN, type BusinessConfig } from "./demo-businesses";
import { createRng } from "./random";
import type { BusinessRows, LedgerRow } from "./rows";
import { simulateBusiness } from "./simulate";
import { addMonths } from "./time";

// Two clocks: a morning in Manila and a winter evening in Bucharest a few months later.
const NOWS = [new Date("2026-11-23T01:30:00Z"), new Date("2027-02-10T18:45:00Z")];
const [KAPE, DOR] = DEMO_BUSINESSES as [BusinessConfig, BusinessConfig];

function simulate(config: BusinessConfig, now: Date): BusinessRows {
  return simulateBusiness(config, createRng(config.seed), now);
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = key(item);
    if (id === null) continue;
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe.each(NOWS.flatMap((now) => DEMO_BUSINESSES.map((config) => ({ config, now, label: `${config.key} @ ${now.toISOString()}` }))))(
  "simulateBusiness $label",
  ({ config, now }) => {
    const rows = simulate(config, now);
    const ledgerByMember = groupBy(rows.ledger, (entry) => entry.memberId);
    const entryById = new Map(rows.ledger.map((entry) => [entry.id, entry]));
    const purchaseById = new Map(rows.purchases.map((purchase) => [purchase.id, purchase]));
    const allocationsByDebit = groupBy(rows.allocations, (allocation) => allocation.debitId);
    const allocationsByLot = groupBy(rows.allocations, (allocation) => allocation.lotId);

    it("keeps every member's balance equal to the sum of their ledger", () => {
      for (const member of rows.members) {
        expect(sum((ledgerByMember.get(member.id) ?? []).map((entry) => entry.points)), member.id).toBe(member.balance);
      }
    });

    it("keeps the lifetime counters consistent with the ledger", () => {
      for (const member of rows.members) {
        const entries = ledgerByMember.get(member.id) ?? [];
        const of = (test: (entry: LedgerRow) => boolean) => sum(entries.filter(test).map((entry) => entry.points));
        const refundReversals = of((entry) => entry.kind === "REVERSAL" && entry.purchaseId !== null);
        const returned = of((entry) => entry.kind === "REVERSAL" && entry.redemptionId !== null);
        const earned = of((entry) => entry.kind === "EARN" || entry.kind === "BONUS") + refundReversals;
        const spent = Math.abs(of((entry) => entry.kind === "REDEEM")) - returned;
        const expired = Math.abs(of((entry) => entry.kind === "EXPIRE"));
        expect(member.lifetimeEarned, member.id).toBe(earned);
        expect(member.lifetimeSpent, member.id).toBe(spent);
        expect(member.balance).toBe(earned - spent - expired);
        expect(member.lifetimeEarned).toBeGreaterThanOrEqual(0);
        expect(member.lifetimeSpent).toBeGreaterThanOrEqual(0);
      }
    });

    it("writes points with the right sign and never zero", () => {
      for (const entry of rows.ledger) {
        expect(entry.points).not.toBe(0);
        if (entry.kind === "EARN" || entry.kind === "BONUS") expect(entry.points).toBeGreaterThan(0);
        if (entry.kind === "REDEEM" || entry.kind === "EXPIRE") expect(entry.points).toBeLessThan(0);
        if (entry.points > 0) expect(entry.lotExpiresAt === null || entry.lotExpiresAt > entry.createdAt).toBe(true);
        expect(entry.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    });

    it("never takes more from a lot than it holds, and debits take exactly their points", () => {
      for (const [lotId, allocations] of allocationsByLot) {
        const lot = entryById.get(lotId) as LedgerRow;
        expect(lot.points).toBeGreaterThan(0);
        expect(sum(allocations.map((allocation) => allocation.points))).toBeLessThanOrEqual(lot.points);
      }
      for (const entry of rows.ledger.filter((row) => row.points < 0)) {
        const taken = sum((allocationsByDebit.get(entry.id) ?? []).map((allocation) => allocation.points));
        if (entry.kind === "REDEEM" || entry.kind === "EXPIRE") expect(taken, entry.id).toBe(-entry.points);
        else expect(taken).toBeLessThanOrEqual(-entry.points);
      }
      for (const allocation of rows.allocations) {
        expect(allocation.points).toBeGreaterThan(0);
        const debit = entryById.get(allocation.debitId) as LedgerRow;
        expect(entryById.get(allocation.lotId)?.memberId).toBe(debit.memberId);
      }
    });

    it("expires only what is left of lots whose time has come", () => {
      for (const entry of rows.ledger.filter((row) => row.kind === "EXPIRE")) {
        const [allocation, ...others] = allocationsByDebit.get(entry.id) ?? [];
        expect(others).toHaveLength(0);
        const lot = entryById.get(allocation?.lotId ?? "") as LedgerRow;
        expect(lot.lotExpiresAt?.getTime()).toBe(entry.createdAt.getTime());
        const before = (allocationsByLot.get(lot.id) ?? []).filter((other) => other.debitId !== entry.id);
        expect(-entry.points).toBe(lot.points - sum(before.map((other) => other.points)));
      }
    });

    it("lets only a refund reversal make a balance negative", () => {
      for (const entries of ledgerByMember.values()) {
        let balance = 0;
        for (const entry of entries) {
          balance += entry.points;
          if (balance < 0 && entry.points < 0) expect(entry.kind, entry.id).toBe("REVERSAL");
        }
      }
    });

    it("refunds at most the amount, and reverses at most the proportional points", () => {
      const refunds = groupBy(rows.refunds, (refund) => refund.purchaseId);
      for (const purchase of rows.purchases) {
        expect(purchase.amountMinor).toBeGreaterThan(0);
        expect(purchase.refundedMinor).toBeGreaterThanOrEqual(0);
        expect(purchase.refundedMinor).toBeLessThanOrEqual(purchase.amountMinor);
        expect(sum((refunds.get(purchase.id) ?? []).map((refund) => refund.amountMinor))).toBe(purchase.refundedMinor);
      }
      for (const entry of rows.ledger.filter((row) => row.kind === "REVERSAL" && row.purchaseId)) {
        const purchase = purchaseById.get(entry.purchaseId as string);
        const earned = sum(rows.ledger.filter((row) => row.kind === "EARN" && row.purchaseId === purchase?.id).map((row) => row.points));
        expect(entry.points).toBeLessThan(0);
        expect(-entry.points * (purchase?.amountMinor ?? 0)).toBeLessThanOrEqual(earned * (purchase?.refundedMinor ?? 0));
      }
    });

    it("earns floor(floor(amount / earnPerMinor) × earnPoints × tier multiplier / 10000)", () => {
      const { earnPerMinor, earnPoints, expiryMonths } = config.program;
      const candidates = (amount: number) =>
        config.tiers.map((tier) => Math.floor((Math.floor(amount / earnPerMinor) * earnPoints * tier.multiplierBp) / 10000));
      for (const entry of rows.ledger.filter((row) => row.kind === "EARN")) {
        const purchase = purchaseById.get(entry.purchaseId as string);
        expect(purchase?.memberId).toBe(entry.memberId);
        expect(candidates(purchase?.amountMinor ?? 0)).toContain(entry.points);
        expect(entry.lotExpiresAt).toEqual(addMonths(entry.createdAt, expiryMonths ?? 0));
      }
    });

    it("keys every ledger entry, refund and redemption uniquely", () => {
      for (const keys of [rows.ledger, rows.refunds, rows.redemptions].map((list) => list.map((row) => row.idempotencyKey))) {
        expect(new Set(keys).size).toBe(keys.length);
      }
    });

    it("gives vouchers a status that fits their dates, and gives back points it should", () => {
      const returns = new Map(rows.ledger.filter((row) => row.kind === "REVERSAL" && row.redemptionId).map((row) => [row.redemptionId, row]));
      for (const redemption of rows.redemptions) {
        expect(redemption.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
        if (redemption.status === "ISSUED") expect(redemption.expiresAt > now).toBe(true);
        if (redemption.status === "EXPIRED") expect(redemption.expiresAt <= now).toBe(true);
        if (redemption.status === "USED") expect(redemption.usedAt).not.toBeNull();
        const gaveBack = redemption.points > 0 && (redemption.status === "CANCELLED" || redemption.status === "EXPIRED");
        expect(returns.get(redemption.id)?.points ?? 0).toBe(gaveBack ? redemption.points : 0);
      }
      expect(rows.redemptions.some((redemption) => redemption.points === 0)).toBe(true);
      const statuses = new Set(rows.redemptions.map((redemption) => redemption.status));
      expect([...statuses].sort()).toEqual(["CANCELLED", "EXPIRED", "ISSUED", "USED"]);
    });

    it("has members with numbers from 1001, unique codes and tokens, and a current tier", () => {
      expect(rows.members.map((member) => member.number)).toEqual(rows.members.map((_, index) => 1001 + index));
      expect(new Set(rows.members.map((member) => member.referralCode)).size).toBe(rows.members.length);
      const lastTier = new Map(rows.tierChanges.map((change) => [change.memberId, change.toTierId]));
      for (const member of rows.members) {
        expect(member.referralCode).toMatch(/^[A-Z0-9]{8}$/);
        expect(member.unsubscribeToken).toMatch(/^[0-9a-f]{32}$/);
        expect(member.tierId).toBe(lastTier.get(member.id));
        expect(member.emailPreferences.offers).toBe(member.marketingConsent);
        const purchases = rows.purchases.filter((purchase) => purchase.memberId === member.id);
        expect(member.lastActivityAt).toEqual(purchases.at(-1)?.occurredAt ?? null);
      }
    });

    it("has the volumes of DESIGN.md §8", () => {
      expect(rows.members).toHaveLength(200);
      const nonMember = rows.purchases.filter((purchase) => purchase.memberId === null).length / rows.purchases.length;
      expect(nonMember).toBeGreaterThan(0.06);
      expect(nonMember).toBeLessThan(0.1);
      const refunded = rows.refunds.length / rows.purchases.length;
      expect(refunded).toBeGreaterThan(0.02);
      expect(refunded).toBeLessThan(0.045);
      const kinds = new Set(rows.ledger.map((entry) => entry.kind));
      for (const kind of ["EARN", "BONUS", "REDEEM", "REVERSAL"]) expect(kinds).toContain(kind);
      if (config.key === "kape") expect(kinds).toContain("EXPIRE");
    });
  },
);

describe("the demo contract", () => {
  const now = NOWS[0] as Date;
  const kape = simulate(KAPE, now);
  const dor = simulate(DOR, now);

  it("is deterministic for the same seed and clock", () => {
    expect(simulate(KAPE, now)).toEqual(kape);
  });

  it("keeps people, numbers and emails whatever the clock", () => {
    const later = simulate(KAPE, NOWS[1] as Date);
    expect(later.users).toHaveLength(kape.users.length);
    expect(later.users.map((user) => user.email)).toEqual(kape.users.map((user) => user.email));
    expect(later.members.map((member) => member.referralCode)).toEqual(kape.members.map((member) => member.referralCode));
  });

  it("keeps emails, voucher codes and unsubscribe tokens unique across both businesses", () => {
    const emails = [...kape.users, ...dor.users].map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
    const codes = [...kape.redemptions, ...dor.redemptions].map((redemption) => redemption.code);
    expect(new Set(codes).size).toBe(codes.length);
    const tokens = [...kape.members, ...dor.members].map((member) => member.unsubscribeToken);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("sets up Kapé Suki and Librăria Dor as DESIGN.md §8 says", () => {
    expect(kape.business).toMatchObject({ name: "Kapé Suki", slug: "kape-suki", currency: "PHP", timeZone: "Asia/Manila" });
    expect(dor.business).toMatchObject({ name: "Librăria Dor", slug: "libraria-dor", currency: "RON", timeZone: "Europe/Bucharest" });
    expect(kape.tiers.map((tier) => tier.name)).toEqual(["Suki", "Silver Suki", "Gold Suki"]);
    expect(kape.program).toMatchObject({ earnPoints: 1, earnPerMinor: 1000, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1500 });
    expect(kape.punchCard).toMatchObject({ stampsRequired: 10, rewardId: "kape_rw_coffee" });
    expect(kape.rewards).toHaveLength(8);
    expect(new Set(kape.rewards.map((reward) => reward.kind))).toEqual(new Set(["DISCOUNT", "FREE_ITEM", "UPGRADE", "DONATION", "PARTNER", "EVENT"]));
    expect(kape.rewards.some((reward) => reward.minTierId !== null)).toBe(true);
    expect(kape.rewards.some((reward) => reward.stock !== null)).toBe(true);
    expect(kape.rewards.some((reward) => reward.perMemberLimit !== null)).toBe(true);
    expect(kape.rewards.find((reward) => reward.kind === "PARTNER")?.partnerName).toBeTruthy();
  });

  it("has the demo owner, staff and Maria", () => {
    const roles = (rows: BusinessRows) => rows.staffRoles.map((role) => `${role.userId}:${role.role}`).sort();
    expect(roles(kape)).toEqual([`${DEMO_ACCOUNTS.owner.id}:OWNER`, `${DEMO_ACCOUNTS.staff.id}:STAFF`]);
    expect(roles(dor)).toEqual([`${DEMO_ACCOUNTS.owner.id}:OWNER`]);
    for (const rows of [kape, dor]) {
      expect(rows.users.some((user) => Object.values(DEMO_ACCOUNTS).some((account) => account.email === user.email))).toBe(false);
      const maria = rows.members.find((member) => member.userId === DEMO_ACCOUNTS.maria.id);
      expect(maria?.displayName).toBe("Maria Santos");
      const costs = rows.rewards.map((reward) => reward.pointsCost).sort((a, b) => a - b);
      // Enough for the cheaper rewards, not for the most expensive one.
      expect(maria?.balance).toBeGreaterThanOrEqual((costs[2] as number));
      expect(maria?.balance).toBeLessThan(costs.at(-1) as number);
      const card = rows.memberPunchCards.find((progress) => progress.memberId === maria?.id);
      expect(card?.stamps).toBeGreaterThan(0);
      expect(rows.ledger.filter((entry) => entry.memberId === maria?.id).length).toBeGreaterThan(20);
    }
  });
});
