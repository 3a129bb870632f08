// The seed's own bookkeeping of DESIGN.md §4: every credit is a lot, every debit consumes lots
// (nearest expiry first, then oldest) and records what it took as allocations.
//
// Lifetime counters are net, so that balance = lifetimeEarned − lifetimeSpent − expired:
//   lifetimeEarned = EARN + BONUS − refund reversals (points of refunded purchases were never earned)
//   lifetimeSpent  = REDEEM − points given back for cancelled or expired vouchers
// A refund reversal takes what is left of its purchase's lot, then other lots; what no lot
// covers is owed (the balance goes negative) and the next credits pay it off first.
import type { LedgerKind } from "../../lib/generated/prisma/enums";
import type { AllocationRow, LedgerRow } from "./rows";

export type Lot = { entry: LedgerRow; remaining: number };

export type Account = {
  memberId: string;
  balance: number;
  earned: number;
  spent: number;
  expired: number;
  lots: Lot[];
  /** Refund reversals not yet covered by any lot */
  debts: { entry: LedgerRow; owed: number }[];
};

type EntryInput = {
  memberId: string;
  points: number;
  at: Date;
  key: string;
  purchaseId?: string | null;
  redemptionId?: string | null;
  reversesId?: string | null;
  actorUserId?: string | null;
  reason?: string | null;
};

export type CreditInput = EntryInput & { kind: "EARN" | "BONUS" | "REVERSAL"; expiresAt: Date | null };
export type DebitInput = EntryInput & { kind: "REDEEM" | "EXPIRE" | "REVERSAL"; firstLotId?: string; onlyLotId?: string };

export class LedgerBook {
  readonly entries: LedgerRow[] = [];
  readonly allocations: AllocationRow[] = [];
  private readonly accounts = new Map<string, Account>();
  private readonly lots = new Map<string, Lot>();

  constructor(
    private readonly businessId: string,
    private readonly prefix: string,
  ) {}

  account(memberId: string): Account {
    let account = this.accounts.get(memberId);
    if (!account) {
      account = { memberId, balance: 0, earned: 0, spent: 0, expired: 0, lots: [], debts: [] };
      this.accounts.set(memberId, account);
    }
    return account;
  }

  lot(entryId: string): Lot | undefined {
    return this.lots.get(entryId);
  }

  /** Points the member could spend at `at`: unexpired, available lots minus what is owed. */
  available(memberId: string, at: Date): number {
    const account = this.account(memberId);
    const owed = account.debts.reduce((sum, debt) => sum + debt.owed, 0);
    return this.spendable(account, at).reduce((sum, lot) => sum + lot.remaining, 0) - owed;
  }

  credit(input: CreditInput): Lot {
    if (input.points <= 0) throw new Error(`credit of ${input.points} points`);
    const account = this.account(input.memberId);
    const entry = this.write(input, input.points, input.expiresAt);
    const lot: Lot = { entry, remaining: input.points };
    for (const debt of account.debts) {
      const take = Math.min(debt.owed, lot.remaining);
      if (take === 0) continue;
      this.allocate(debt.entry, lot, take, input.at);
      debt.owed -= take;
    }
    account.debts = account.debts.filter((debt) => debt.owed > 0);
    account.lots.push(lot);
    this.lots.set(entry.id, lot);
    account.balance += input.points;
    if (input.kind === "REVERSAL") account.spent -= input.points;
    else account.earned += input.points;
    return lot;
  }

  debit(input: DebitInput): LedgerRow {
    if (input.points <= 0) throw new Error(`debit of ${input.points} points`);
    const account = this.account(input.memberId);
    const entry = this.write(input, -input.points, null);
    let left = input.points;
    for (const lot of this.consumptionOrder(account, input)) {
      const take = Math.min(left, lot.remaining);
      this.allocate(entry, lot, take, input.at);
      left -= take;
      if (left === 0) break;
    }
    if (left > 0) {
      // Only a refund may leave points uncovered (DESIGN.md §4.2).
      if (input.kind !== "REVERSAL") throw new Error(`${input.kind} of ${input.points} not covered for ${input.memberId}`);
      account.debts.push({ entry, owed: left });
    }
    account.balance -= input.points;
    if (input.kind === "REDEEM") account.spent += input.points;
    else if (input.kind === "EXPIRE") account.expired += input.points;
    else account.earned -= input.points;
    return entry;
  }

  private consumptionOrder(account: Account, input: DebitInput): Lot[] {
    if (input.onlyLotId) {
      const lot = this.lots.get(input.onlyLotId);
      return lot && lot.remaining > 0 ? [lot] : [];
    }
    const lots = this.spendable(account, input.at).sort(
      (a, b) =>
        (a.entry.lotExpiresAt?.getTime() ?? Infinity) - (b.entry.lotExpiresAt?.getTime() ?? Infinity) ||
        a.entry.createdAt.getTime() - b.entry.createdAt.getTime(),
    );
    const first = lots.findIndex((lot) => lot.entry.id === input.firstLotId);
    if (first > 0) lots.unshift(...lots.splice(first, 1));
    return lots;
  }

  private spendable(account: Account, at: Date): Lot[] {
    const ms = at.getTime();
    return account.lots.filter(
      (lot) =>
        lot.remaining > 0 &&
        (lot.entry.lotExpiresAt === null || lot.entry.lotExpiresAt.getTime() > ms) &&
        (lot.entry.availableAt === null || lot.entry.availableAt.getTime() <= ms),
    );
  }

  private allocate(debit: LedgerRow, lot: Lot, points: number, at: Date): void {
    lot.remaining -= points;
    const id = `${this.prefix}_a${String(this.allocations.length + 1).padStart(6, "0")}`;
    this.allocations.push({ id, businessId: this.businessId, debitId: debit.id, lotId: lot.entry.id, points, createdAt: at });
  }

  private write(input: EntryInput & { kind: LedgerKind }, points: number, expiresAt: Date | null): LedgerRow {
    const entry: LedgerRow = {
      id: `${this.prefix}_l${String(this.entries.length + 1).padStart(6, "0")}`,
      businessId: this.businessId,
      memberId: input.memberId,
      kind: input.kind,
      points,
      lotExpiresAt: points > 0 ? expiresAt : null,
      availableAt: points > 0 ? input.at : null,
      purchaseId: input.purchaseId ?? null,
      redemptionId: input.redemptionId ?? null,
      reversesId: input.reversesId ?? null,
      actorUserId: input.actorUserId ?? null,
      reason: input.reason ?? null,
      idempotencyKey: input.key,
      createdAt: input.at,
    };
    this.entries.push(entry);
    return entry;
  }
}
