// The program a new business starts with, so the owner edits something that works rather than
// a blank form: 1 point per 10 major units of its currency, three tiers, a 10-stamp card and
// two starter rewards. Names are member-facing content in the business's own language (the
// admin's words come from the message catalogs; these are data the owner renames at will).
import { minorUnitDigits } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";

type StarterWords = {
  tiers: [string, string, string];
  perks: [string, string, string];
  punchCard: string;
  freeItem: { name: string; description: string };
  discount: { name: string; description: string };
};

const WORDS: Record<Locale, StarterWords> = {
  en: {
    tiers: ["Bronze", "Silver", "Gold"],
    perks: ["Points on every purchase", "1.25× points", "1.5× points"],
    punchCard: "Stamp card",
    freeItem: { name: "A free item on us", description: "Pick any item up to the usual price of a small order." },
    discount: { name: "10% off your order", description: "Ten percent off one order." },
  },
  fil: {
    tiers: ["Bronze", "Silver", "Gold"],
    perks: ["May puntos sa bawat bili", "1.25× na puntos", "1.5× na puntos"],
    punchCard: "Stamp card",
    freeItem: { name: "Libreng item mula sa amin", description: "Pumili ng kahit anong item na kasinghalaga ng isang maliit na order." },
    discount: { name: "10% diskwento sa order mo", description: "Sampung porsiyentong diskwento sa isang order." },
  },
  ro: {
    tiers: ["Bronz", "Argint", "Aur"],
    perks: ["Puncte la fiecare cumpărătură", "Puncte de 1,25 ori", "Puncte de 1,5 ori"],
    punchCard: "Card de ștampile",
    freeItem: { name: "Un produs din partea casei", description: "Alege orice produs la prețul unei comenzi mici." },
    discount: { name: "10% reducere la comandă", description: "Zece la sută reducere la o comandă." },
  },
  az: {
    tiers: ["Bürünc", "Gümüş", "Qızıl"],
    perks: ["Hər alışa xal", "1,25× xal", "1,5× xal"],
    punchCard: "Möhür kartı",
    freeItem: { name: "Bizdən pulsuz məhsul", description: "Kiçik sifariş qiymətində istənilən məhsulu seçin." },
    discount: { name: "Sifarişə 10% endirim", description: "Bir sifarişə on faiz endirim." },
  },
};

export type StarterProgram = ReturnType<typeof starterProgram>;

export function starterProgram(currency: string, locale: Locale) {
  const unit = 10 ** minorUnitDigits(currency);
  const words = WORDS[locale];
  // 1 point per 10 major units (₱10, 10 lei, €10): what a small café or shop commonly gives.
  const earnPerMinor = 10 * unit;
  return {
    program: {
      earnPoints: 1,
      earnPerMinor,
      rounding: "DOWN" as const,
      signupBonus: 10,
      birthdayBonus: 25,
      referralBonus: 25,
      referredBonus: 10,
      expiryPolicy: "AFTER_EARN" as const,
      expiryMonths: 12,
      tierBasis: "SPEND" as const,
      tierWindow: "ROLLING_12_MONTHS" as const,
      tierGraceDays: 30,
      // A point returns about 3% of the 10 units that earned it; at least one minor unit.
      pointValueMinor: Math.max(1, Math.round((3 * unit) / 10)),
      live: false,
    },
    // Thresholds are a year's spend that earns 500 and 1,500 points at the base rate.
    tiers: [
      { name: words.tiers[0], rank: 0, threshold: 0, multiplierBp: 10_000, perks: words.perks[0] },
      { name: words.tiers[1], rank: 1, threshold: 500 * earnPerMinor, multiplierBp: 12_500, perks: words.perks[1] },
      { name: words.tiers[2], rank: 2, threshold: 1_500 * earnPerMinor, multiplierBp: 15_000, perks: words.perks[2] },
    ],
    freeItem: {
      kind: "FREE_ITEM" as const,
      ...words.freeItem,
      pointsCost: 100,
      costMinor: 10 * unit,
      voucherDays: 30,
    },
    discount: {
      kind: "DISCOUNT" as const,
      ...words.discount,
      pointsCost: 150,
      costMinor: 0,
      discountBp: 1_000,
      voucherDays: 30,
    },
    // Ten visits fill the card; the free item is its reward.
    punchCard: { name: words.punchCard, stampsRequired: 10, stampRule: "VISIT" as const, stampMinorUnit: 0 },
  };
}
