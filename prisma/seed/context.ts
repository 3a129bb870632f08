// What the simulation's event handlers share: the clock, the PRNG, the ledger and the queue.
// Events are closures ordered by time, so a handler can schedule what follows from it
// (a lot's expiry, a cancelled voucher's points coming back).
import { DEMO_ACCOUNTS, type BusinessConfig } from "./demo-businesses";
import { EventQueue } from "./event-queue";
import { LedgerBook, type CreditInput, type Lot } from "./ledger-book";
import type { Rng } from "./random";
import { addMonths } from "./time";

export type SimContext = {
  config: BusinessConfig;
  businessId: string;
  now: Date;
  rng: Rng;
  book: LedgerBook;
  queue: EventQueue<() => void>;
  /** Writes a credit lot and schedules its expiry when that falls before `now` */
  credit(input: Omit<CreditInput, "expiresAt">): Lot;
  /** A random member of staff working the counter */
  cashierId(): string;
};

export function createContext(config: BusinessConfig, businessId: string, rng: Rng, now: Date): SimContext {
  const book = new LedgerBook(businessId, config.key);
  const queue = new EventQueue<() => void>();
  const { expiryPolicy, expiryMonths } = config.program;
  const expiresAt = (at: Date) => (expiryPolicy === "AFTER_EARN" && expiryMonths ? addMonths(at, expiryMonths) : null);

  const credit = (input: Omit<CreditInput, "expiresAt">): Lot => {
    const lot = book.credit({ ...input, expiresAt: expiresAt(input.at) });
    const expiry = lot.entry.lotExpiresAt;
    if (expiry && expiry <= now) {
      // Expiry removes only what is left of the lot when it runs (DESIGN.md §4.6).
      queue.push(expiry, () => {
        if (lot.remaining === 0) return;
        book.debit({
          memberId: input.memberId,
          kind: "EXPIRE",
          points: lot.remaining,
          at: expiry,
          key: `seed/expire/${lot.entry.id}`,
          onlyLotId: lot.entry.id,
          reason: "Points expired",
        });
      });
    }
    return lot;
  };

  const cashierId = () => {
    const index = rng.weighted(config.cashiers.map((cashier) => cashier.weight));
    return DEMO_ACCOUNTS[config.cashiers[index]?.key ?? "owner"].id;
  };

  return { config, businessId, now, rng, book, queue, credit, cashierId };
}
