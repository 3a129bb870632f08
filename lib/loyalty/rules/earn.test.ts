import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePurchasePoints, promotionApplies, qualifyingAmountMinor, type EarnProgram, type EarnPromotion } from "./earn";

const MANILA = "Asia/Manila";
const BUCHAREST = "Europe/Bucharest";
// 1 point per ₱10 (1000 centavos), the schema's default
const program: EarnProgram = { earnPoints: 1, earnPerMinor: 1000, rounding: "DOWN", minSpendMinor: 0, qualifyingCategories: [] };

function promo(overrides: Partial<EarnPromotion> = {}): EarnPromotion {
  return {
    id: "p1",
    name: "Promo",
    multiplierBp: 10000,
    bonusPoints: 0,
    daysOfWeek: [],
    startMinute: null,
    endMinute: null,
    startsAt: null,
    endsAt: null,
    category: null,
    minSpendMinor: 0,
    active: true,
    ...overrides,
  };
}

// Double points on Tuesdays 16:00–18:00 local time
const happyHour = promo({ id: "happy", name: "Happy hour", multiplierBp: 20000, daysOfWeek: [2], startMinute: 960, endMinute: 1080 });
const TUESDAY_1630_MANILA = new Date("2025-06-03T08:30:00Z");

function earn(overrides: Partial<Parameters<typeof computePurchasePoints>[0]> = {}) {
  return computePurchasePoints({
    program,
    tierMultiplierBp: 10000,
    promotions: [],
    amountMinor: 25000,
    pointsPaidMinor: 0,
    occurredAt: TUESDAY_1630_MANILA,
    timeZone: MANILA,
    ...overrides,
  });
}

describe("qualifyingAmountMinor", () => {
  const mixed = [
    { category: "coffee", quantity: 2, unitMinor: 1500 },
    { category: "merch", quantity: 1, unitMinor: 7000 },
  ];
  it.each([
    ["everything earns", 10000, 0, undefined, [], 10000],
    ["only the cash part earns", 10000, 2500, undefined, [], 7500],
    ["categories without items: the cash part", 10000, 2500, undefined, ["coffee"], 7500],
    ["only qualifying items", 10000, 0, mixed, ["coffee"], 3000],
    ["qualifying items scaled by the cash share", 10000, 2500, mixed, ["coffee"], 2250],
    ["scaled share rounds down: 2997 × 6667 / 10000", 10000, 3333, [{ category: "coffee", quantity: 3, unitMinor: 999 }], ["coffee"], 1998],
    ["never above the cash paid", 10000, 0, [{ category: "coffee", quantity: 1, unitMinor: 20000 }], ["coffee"], 10000],
    ["items without a category do not qualify", 10000, 0, [{ quantity: 1, unitMinor: 10000 }], ["coffee"], 0],
    ["paid entirely with points", 10000, 10000, undefined, [], 0],
    ["more points than the bill", 10000, 12000, undefined, [], 0],
  ])("%s", (_, amountMinor, pointsPaidMinor, items, qualifyingCategories, expected) => {
    expect(qualifyingAmountMinor({ amountMinor, pointsPaidMinor, items, qualifyingCategories })).toBe(expected);
  });
});

describe("promotionApplies", () => {
  it.each([
    ["Tue 16:00 (start is inclusive)", "2025-06-03T08:00:00Z", true],
    ["Tue 15:59:59", "2025-06-03T07:59:59Z", false],
    ["Tue 17:59:59", "2025-06-03T09:59:59Z", true],
    ["Tue 18:00 (end is exclusive)", "2025-06-03T10:00:00Z", false],
    ["next Tue 16:30", "2025-06-10T08:30:00Z", true],
    ["Wed 16:30", "2025-06-04T08:30:00Z", false],
    ["Mon 16:30", "2025-06-02T08:30:00Z", false],
  ])("happy hour in Manila: %s", (_, iso, expected) => {
    expect(promotionApplies(happyHour, new Date(iso), MANILA, 10000)).toBe(expected);
  });

  it.each([
    ["Tue 25 Mar 16:00 EET (UTC+2)", "2025-03-25T14:00:00Z", true],
    ["Tue 25 Mar 15:00 EET", "2025-03-25T13:00:00Z", false],
    ["Tue 1 Apr 16:00 EEST (UTC+3)", "2025-04-01T13:00:00Z", true],
    ["Tue 1 Apr 18:00 EEST", "2025-04-01T15:00:00Z", false],
    ["Tue 28 Oct 17:59 EET, after fall back", "2025-10-28T15:59:00Z", true],
  ])("happy hour in Bucharest across DST: %s", (_, iso, expected) => {
    expect(promotionApplies(happyHour, new Date(iso), BUCHAREST, 10000)).toBe(expected);
  });

  it("runs within [startsAt, endsAt)", () => {
    const june = promo({ startsAt: new Date("2025-06-01T00:00:00Z"), endsAt: new Date("2025-07-01T00:00:00Z") });
    expect(promotionApplies(june, new Date("2025-05-31T23:59:59.999Z"), MANILA, 1)).toBe(false);
    expect(promotionApplies(june, new Date("2025-06-01T00:00:00Z"), MANILA, 1)).toBe(true);
    expect(promotionApplies(june, new Date("2025-06-30T23:59:59.999Z"), MANILA, 1)).toBe(true);
    expect(promotionApplies(june, new Date("2025-07-01T00:00:00Z"), MANILA, 1)).toBe(false);
  });

  it("needs to be active and the minimum spend", () => {
    expect(promotionApplies(promo({ active: false }), TUESDAY_1630_MANILA, MANILA, 10000)).toBe(false);
    expect(promotionApplies(promo({ minSpendMinor: 5000 }), TUESDAY_1630_MANILA, MANILA, 4999)).toBe(false);
    expect(promotionApplies(promo({ minSpendMinor: 5000 }), TUESDAY_1630_MANILA, MANILA, 5000)).toBe(true);
  });

  it.each([
    ["Fri 23:00", "2025-06-06T15:00:00Z", true],
    ["Sat 01:30 belongs to Friday night", "2025-06-06T17:30:00Z", true],
    ["Sat 02:00", "2025-06-06T18:00:00Z", false],
    ["Sat 22:30 is Saturday night", "2025-06-07T14:30:00Z", false],
    ["Fri 01:30 belongs to Thursday night", "2025-06-05T17:30:00Z", false],
    ["Fri 21:59", "2025-06-06T13:59:00Z", false],
  ])("Friday nights 22:00–02:00 in Manila: %s", (_, iso, expected) => {
    const late = promo({ daysOfWeek: [5], startMinute: 1320, endMinute: 120 });
    expect(promotionApplies(late, new Date(iso), MANILA, 10000)).toBe(expected);
  });

  it("treats a missing bound as the day's edge and an empty window as never", () => {
    const evenings = promo({ startMinute: 1020, endMinute: null });
    expect(promotionApplies(evenings, new Date("2025-06-03T15:59:00Z"), MANILA, 1)).toBe(true); // 23:59
    expect(promotionApplies(evenings, new Date("2025-06-03T08:59:00Z"), MANILA, 1)).toBe(false); // 16:59
    expect(promotionApplies(promo({ startMinute: 600, endMinute: 600 }), new Date("2025-06-03T02:00:00Z"), MANILA, 1)).toBe(false);
  });
});

describe("computePurchasePoints", () => {
  it.each([
    // qualifying, DOWN, NEAREST, UP at 1 point per 1000
    [1050, 1, 1, 2],
    [1499, 1, 1, 2],
    [1500, 1, 2, 2],
    [2000, 2, 2, 2],
    [999, 0, 1, 1],
    [499, 0, 0, 1],
  ])("%i minor units round to %i / %i / %i (DOWN / NEAREST / UP)", (amountMinor, down, nearest, up) => {
    for (const [rounding, expected] of [["DOWN", down], ["NEAREST", nearest], ["UP", up]] as const) {
      const result = earn({ program: { ...program, rounding }, amountMinor, occurredAt: new Date("2025-06-04T00:00:00Z") });
      expect(result.basePoints).toBe(expected);
      expect(result.points).toBe(expected);
    }
  });

  it("rounds a non-unit rate exactly: 3 points per 1000 on 1234 is 3.702", () => {
    const at = { amountMinor: 1234, promotions: [] };
    expect(earn({ ...at, program: { ...program, earnPoints: 3, rounding: "DOWN" } }).points).toBe(3);
    expect(earn({ ...at, program: { ...program, earnPoints: 3, rounding: "NEAREST" } }).points).toBe(4);
    expect(earn({ ...at, program: { ...program, earnPoints: 3, rounding: "UP" } }).points).toBe(4);
  });

  it("earns nothing below the program's minimum spend, judged on the cash part", () => {
    const strict = { ...program, minSpendMinor: 5000 };
    expect(earn({ program: strict, amountMinor: 6000, pointsPaidMinor: 1500 })).toEqual({
      qualifyingMinor: 0,
      basePoints: 0,
      points: 0,
      appliedPromotions: [],
    });
    expect(earn({ program: strict, amountMinor: 6000, pointsPaidMinor: 1000 }).points).toBe(5);
  });

  it.each([
    [10000, 15000, 10, 15],
    [3000, 15000, 3, 4], // 4.5 rounds down
    [7000, 12500, 7, 8], // 8.75 rounds down
    [7000, 10000, 7, 7],
  ])("amount %i with tier %i bp: base %i, points %i", (amountMinor, tierMultiplierBp, base, points) => {
    const result = earn({ amountMinor, tierMultiplierBp, occurredAt: new Date("2025-06-04T00:00:00Z") });
    expect(result).toMatchObject({ qualifyingMinor: amountMinor, basePoints: base, points });
  });

  it("stays exact on a ₱10,000,000 bill at 7 points per 3 centavos, tier 2.5×", () => {
    const result = earn({ program: { ...program, earnPoints: 7, earnPerMinor: 3 }, amountMinor: 1_000_000_000, tierMultiplierBp: 25000 });
    expect(result.basePoints).toBe(2_333_333_333);
    expect(result.points).toBe(5_833_333_332);
  });

  it("doubles inside the window and not outside", () => {
    expect(earn({ promotions: [happyHour] })).toEqual({
      qualifyingMinor: 25000,
      basePoints: 25,
      points: 50,
      appliedPromotions: [{ id: "happy", name: "Happy hour" }],
    });
    expect(earn({ promotions: [happyHour], occurredAt: new Date("2025-06-03T10:00:00Z") })).toMatchObject({ points: 25, appliedPromotions: [] });
  });

  it("stacks promotions additively: two doubles make a triple", () => {
    const tuesdays = promo({ id: "tue", name: "Double Tuesday", multiplierBp: 20000, daysOfWeek: [2] });
    expect(earn({ promotions: [happyHour, tuesdays] }).points).toBe(75);
  });

  it("applies promotions to the tier points", () => {
    // tier 1.5×: floor(25 × 1.5) = 37; +50%: floor(37 × 0.5) = 18
    const half = promo({ multiplierBp: 15000 });
    expect(earn({ tierMultiplierBp: 15000, promotions: [half] }).points).toBe(55);
  });

  it("adds bonus points once per purchase", () => {
    expect(earn({ promotions: [promo({ bonusPoints: 50 })] }).points).toBe(75);
  });

  it("never lets a promotion below 1× take points away", () => {
    expect(earn({ promotions: [promo({ multiplierBp: 5000 })] }).points).toBe(25);
  });

  it("gives no bonus when nothing qualifies (the bill paid in points)", () => {
    expect(earn({ amountMinor: 10000, pointsPaidMinor: 10000, promotions: [promo({ bonusPoints: 50 })] })).toMatchObject({
      points: 0,
      appliedPromotions: [],
    });
  });

  describe("a category promotion boosts that category's share only", () => {
    const pastryTriple = promo({ id: "pastry", name: "Pastry Tuesday", multiplierBp: 30000, category: "pastry" });
    const items = [
      { sku: "LATTE", category: "coffee", quantity: 1, unitMinor: 18000 },
      { sku: "CROISSANT", category: "pastry", quantity: 2, unitMinor: 6000 },
    ];
    it.each([
      // base 30; pastry 12000 → 12 points, tripled: +24
      ["cash purchase", { amountMinor: 30000, items }, 54],
      // cash 20000 → base 20; pastry's cash share floor(12000 × 2/3) = 8000 → 8, +16
      ["a third paid in points", { amountMinor: 30000, pointsPaidMinor: 10000, items }, 36],
      // tier 1.5×: 45; pastry floor(12 × 1.5) = 18, +36
      ["with a 1.5× tier", { amountMinor: 30000, items, tierMultiplierBp: 15000 }, 81],
      // pastry 1999 → 1 point (rounded down), tripled: +2
      ["rounded down", { amountMinor: 10000, items: [{ category: "coffee", quantity: 1, unitMinor: 8001 }, { category: "pastry", quantity: 1, unitMinor: 1999 }] }, 12],
    ])("%s", (_, overrides, points) => {
      expect(earn({ promotions: [pastryTriple], ...overrides }).points).toBe(points);
    });

    it("does not apply without the category in the basket, or without items", () => {
      expect(earn({ promotions: [pastryTriple], amountMinor: 18000, items: [items[0]!] })).toMatchObject({ points: 18, appliedPromotions: [] });
      expect(earn({ promotions: [pastryTriple], amountMinor: 30000 })).toMatchObject({ points: 30, appliedPromotions: [] });
    });

    it("does not boost a category the program does not earn on", () => {
      const coffeeOnly = { ...program, qualifyingCategories: ["coffee"] };
      expect(earn({ program: coffeeOnly, promotions: [pastryTriple], amountMinor: 30000, items })).toMatchObject({
        qualifyingMinor: 18000,
        points: 18,
        appliedPromotions: [],
      });
    });
  });

  it("rejects a rate with no denominator", () => {
    expect(() => earn({ program: { ...program, earnPerMinor: 0 } })).toThrow(RangeError);
  });

  it("always earns a non-negative integer, at least the tier points, on at most the cash part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom("DOWN", "NEAREST", "UP" as const),
        fc.integer({ min: 0, max: 50000 }),
        fc.array(fc.record({ multiplierBp: fc.integer({ min: 0, max: 50000 }), bonusPoints: fc.nat(1000) }), { maxLength: 3 }),
        (amountMinor, pointsPaidMinor, rounding, tierMultiplierBp, promos) => {
          const result = earn({
            program: { ...program, rounding },
            amountMinor,
            pointsPaidMinor,
            tierMultiplierBp,
            promotions: promos.map((p, i) => promo({ ...p, id: `p${i}` })),
          });
          expect(Number.isSafeInteger(result.points) && result.points >= 0).toBe(true);
          expect(result.qualifyingMinor).toBeLessThanOrEqual(Math.max(0, amountMinor - pointsPaidMinor));
          expect(result.points).toBeGreaterThanOrEqual(Math.floor((result.basePoints * tierMultiplierBp) / 10000));
        },
      ),
    );
  });
});
