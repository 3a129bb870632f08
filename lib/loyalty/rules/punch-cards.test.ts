import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addStamps, stampsForPurchase, type StampCard } from "./punch-cards";

const visit = (stampMinorUnit: number): StampCard => ({ stampRule: "VISIT", stampMinorUnit, stampItem: null });
const amount = (stampMinorUnit: number): StampCard => ({ stampRule: "AMOUNT", stampMinorUnit, stampItem: null });
const item = (stampItem: string | null): StampCard => ({ stampRule: "ITEM", stampMinorUnit: 0, stampItem });

describe("stampsForPurchase", () => {
  it.each([
    ["any purchase is a visit", visit(0), 1, 1],
    ["even a zero bill", visit(0), 0, 1],
    ["below the visit minimum", visit(10000), 9999, 0],
    ["at the visit minimum", visit(10000), 10000, 1],
    ["one stamp per visit however large", visit(10000), 50000, 1],
    ["one stamp per ₱100: short", amount(10000), 9999, 0],
    ["one stamp per ₱100: exact", amount(10000), 10000, 1],
    ["one stamp per ₱100: ₱350", amount(10000), 35000, 3],
    ["amount card without a unit", amount(0), 35000, 0],
    ["a negative amount", amount(10000), -20000, 0],
  ])("%s", (_, card, amountMinor, expected) => {
    expect(stampsForPurchase(card, { amountMinor })).toBe(expected);
  });

  it("counts items matching the stamp item by SKU or category", () => {
    const items = [
      { sku: "LATTE-12", category: "coffee", quantity: 2, unitMinor: 15000 },
      { sku: "MUFFIN", category: "pastry", quantity: 3, unitMinor: 9000 },
      { sku: "coffee", category: "merch", quantity: 1, unitMinor: 50000 },
      { sku: "coffee", category: "coffee", quantity: 2, unitMinor: 20000 }, // counted once, not twice
    ];
    expect(stampsForPurchase(item("coffee"), { amountMinor: 147000, items })).toBe(5);
    expect(stampsForPurchase(item("MUFFIN"), { amountMinor: 147000, items })).toBe(3);
    expect(stampsForPurchase(item("coffee"), { amountMinor: 147000 })).toBe(0);
    expect(stampsForPurchase(item(null), { amountMinor: 147000, items })).toBe(0);
  });
});

describe("addStamps", () => {
  it.each([
    ["one short of full", { stamps: 7, completed: 0 }, 2, 10, { stamps: 9, completed: 0, cardsCompleted: 0 }],
    ["exactly full", { stamps: 9, completed: 0 }, 1, 10, { stamps: 0, completed: 1, cardsCompleted: 1 }],
    ["several cards at once, leftovers carry", { stamps: 8, completed: 2 }, 25, 10, { stamps: 3, completed: 5, cardsCompleted: 3 }],
    ["nothing added", { stamps: 4, completed: 1 }, 0, 10, { stamps: 4, completed: 1, cardsCompleted: 0 }],
  ])("%s", (_, progress, added, required, expected) => {
    expect(addStamps(progress, added, required)).toEqual(expected);
  });

  it("fills three 5-stamp cards with one ₱600 purchase at a stamp per ₱50", () => {
    const added = stampsForPurchase(amount(5000), { amountMinor: 60000 });
    expect(added).toBe(12);
    expect(addStamps({ stamps: 3, completed: 0 }, added, 5)).toEqual({ stamps: 0, completed: 3, cardsCompleted: 3 });
  });

  it("rejects an impossible card or negative stamps", () => {
    expect(() => addStamps({ stamps: 0, completed: 0 }, 1, 0)).toThrow(RangeError);
    expect(() => addStamps({ stamps: 0, completed: 0 }, -1, 10)).toThrow(RangeError);
  });

  it("loses no stamp: leftovers + cards × required = before + added", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(1000), fc.nat(1000), fc.nat(100), (required, seed, added, completed) => {
        const before = seed % required;
        const after = addStamps({ stamps: before, completed }, added, required);
        expect(after.stamps + after.cardsCompleted * required).toBe(before + added);
        expect(after.stamps).toBeGreaterThanOrEqual(0);
        expect(after.stamps).toBeLessThan(required);
        expect(after.completed).toBe(completed + after.cardsCompleted);
      }),
    );
  });
});
