// The demo data of DESIGN.md §8, as static configuration: the two businesses, their programs,
// tiers, punch cards and rewards, the demo accounts and API key, and how their customers behave.
// Tests, docs and screenshots rely on these names; change them only together with those.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { RewardKind, StaffRoleKind, StampRule } from "../../lib/generated/prisma/enums";

export type DemoAccountKey = "owner" | "staff" | "maria";

export type DemoAccount = { id: string; email: string; password: string; name: string };

/** Fixed ids so the seed can reference them before insertion (remapped if the email exists). */
export const DEMO_ACCOUNTS: Record<DemoAccountKey, DemoAccount> = {
  owner: { id: "demo_owner", email: "owner@demo.suki.test", password: "suki-owner-demo", name: "Liza Reyes" },
  staff: { id: "demo_staff", email: "staff@demo.suki.test", password: "suki-staff-demo", name: "Jun Cruz" },
  maria: { id: "demo_maria", email: "maria@demo.suki.test", password: "suki-member-demo", name: "Maria Santos" },
};

export const DEMO_API_KEY = {
  key: "sk_demo_kape_suki_0123456789",
  name: "Demo till",
  scopes: ["members:read", "members:write", "purchases:write", "redemptions:write"],
};

/** Where simulated members' addresses live; nobody receives mail there. */
export const DEMO_EMAIL_DOMAIN = "demo.suki.test";

export type TierConfig = { key: string; name: string; rank: number; threshold: number; multiplierBp: number; perks: string };

export type RewardConfig = {
  key: string;
  kind: RewardKind;
  name: string;
  description: string;
  pointsCost: number;
  costMinor: number;
  discountMinor?: number;
  discountBp?: number;
  minTierKey?: string;
  stock?: number;
  perMemberLimit?: number;
  partnerName?: string;
  voucherDays: number;
};

export type Archetype = "regular" | "occasional" | "rare" | "churned" | "dormant";

/** How the demo Maria behaves, so her balance lands where the demo needs it. */
export type MariaProfile = {
  joinedDaysAgo: number;
  gapDays: number;
  ticketMinor: number;
  /** She redeems only while keeping at least this many points */
  reserve: number;
  maxRewardCost: number;
  phone: string;
};

export type BusinessConfig = {
  /** Prefix of every generated id: kape_m1001, dor_l000042 … */
  key: "kape" | "dor";
  seed: number;
  business: Omit<Prisma.BusinessCreateManyInput, "id" | "createdAt" | "updatedAt"> & { slug: string; currency: string };
  program: Omit<Prisma.ProgramCreateManyInput, "id" | "businessId" | "updatedAt"> & {
    earnPoints: number;
    earnPerMinor: number;
    signupBonus: number;
    birthdayBonus: number;
    referralBonus: number;
    referredBonus: number;
    expiryMonths: number | null;
    tierGraceDays: number;
  };
  tiers: TierConfig[];
  punchCard: { name: string; stampsRequired: number; stampRule: StampRule; stampMinorUnit: number; rewardKey: string };
  rewards: RewardConfig[];
  staff: { key: DemoAccountKey; role: StaffRoleKind }[];
  /** Who rings purchases up at the counter, with weights */
  cashiers: { key: DemoAccountKey; weight: number }[];
  memberCount: number;
  names: { first: readonly string[]; last: readonly string[] };
  phonePrefix: string;
  phoneDigits: number;
  receiptPrefix: string;
  /** Local opening hours and a fixed UTC offset (DST ignored: an hour off is still open) */
  hours: { open: number; close: number; utcOffset: number };
  ticket: { medianMinor: number; minMinor: number; maxMinor: number; stepMinor: number };
  archetypes: Record<Archetype, { share: number; gapDays: [number, number] }>;
  channels: { COUNTER: number; POS_API: number; ONLINE: number };
  maria: MariaProfile;
};

const KAPE: BusinessConfig = {
  key: "kape",
  seed: 0x6b617065,
  business: {
    name: "Kapé Suki",
    slug: "kape-suki",
    currency: "PHP",
    timeZone: "Asia/Manila",
    locale: "en",
    brandColor: "#b45309",
    senderName: "Ate Liza at Kapé Suki",
  },
  program: {
    // 1 point per ₱10: floor(amount / 1000 centavos) × 1
    earnPoints: 1,
    earnPerMinor: 1000,
    rounding: "DOWN",
    signupBonus: 25,
    birthdayBonus: 50,
    referralBonus: 50,
    referredBonus: 25,
    expiryPolicy: "AFTER_EARN",
    expiryMonths: 12,
    pendingDays: 0,
    // 5% + 1% per visit this month, at most 15%
    visitDiscountEnabled: true,
    visitDiscountBaseBp: 500,
    visitDiscountStepBp: 100,
    visitDiscountCapBp: 1500,
    visitDiscountPeriod: "MONTH",
    tierBasis: "SPEND",
    tierWindow: "ROLLING_12_MONTHS",
    tierGraceDays: 30,
    // A point is worth about ₱0.35 to the café: a ₱35 coffee costs 100 points
    pointValueMinor: 35,
    live: true,
  },
  tiers: [
    { key: "suki", name: "Suki", rank: 0, threshold: 0, multiplierBp: 10000, perks: "1 point per ₱10, birthday treat" },
    { key: "silver", name: "Silver Suki", rank: 1, threshold: 500_000, multiplierBp: 12500, perks: "1.25× points, preview-night invitations" },
    { key: "gold", name: "Gold Suki", rank: 2, threshold: 1_500_000, multiplierBp: 15000, perks: "1.5× points, the Kapé Suki tumbler" },
  ],
  punchCard: { name: "Coffee card", stampsRequired: 10, stampRule: "VISIT", stampMinorUnit: 10_000, rewardKey: "coffee" },
  rewards: [
    { key: "upgrade", kind: "UPGRADE", name: "Free size upgrade", description: "Go from tall to grande on any drink.", pointsCost: 30, costMinor: 1500, voucherDays: 30 },
    { key: "fifty-off", kind: "DISCOUNT", name: "₱50 off your order", description: "₱50 off any order of ₱150 or more.", pointsCost: 60, costMinor: 5000, discountMinor: 5000, voucherDays: 30 },
    { key: "coffee", kind: "FREE_ITEM", name: "Free brewed coffee", description: "A cup of our house-roasted barako, any size.", pointsCost: 100, costMinor: 3500, voucherDays: 30 },
    { key: "beans", kind: "DISCOUNT", name: "15% off a bag of beans", description: "On any 250 g bag of whole beans.", pointsCost: 150, costMinor: 6000, discountBp: 1500, minTierKey: "silver", voucherDays: 60 },
    { key: "meal", kind: "DONATION", name: "A meal for a child, in your name", description: "We fund a hot meal at the Bahay Kalinga feeding programme and send you a thank-you card.", pointsCost: 200, costMinor: 5000, voucherDays: 30 },
    { key: "pandesal", kind: "PARTNER", name: "A dozen pandesal from Panadería Dela Cruz", description: "Fresh from our neighbours across the street; show the voucher at their counter.", pointsCost: 250, costMinor: 6000, partnerName: "Panadería Dela Cruz", voucherDays: 30 },
    { key: "preview", kind: "EVENT", name: "Preview night: new single-origin beans", description: "An evening cupping of the next harvest from Sagada and Benguet, before it reaches the menu.", pointsCost: 400, costMinor: 15000, minTierKey: "silver", stock: 40, perMemberLimit: 1, voucherDays: 45 },
    { key: "tumbler", kind: "FREE_ITEM", name: "Kapé Suki tumbler", description: "Our insulated 16 oz tumbler, for Gold Suki only.", pointsCost: 1000, costMinor: 45000, minTierKey: "gold", perMemberLimit: 2, voucherDays: 60 },
  ],
  staff: [
    { key: "owner", role: "OWNER" },
    { key: "staff", role: "STAFF" },
  ],
  cashiers: [
    { key: "staff", weight: 7 },
    { key: "owner", weight: 3 },
  ],
  memberCount: 200,
  names: {
    first: [
      "Juan", "Jose", "Mark", "John Paul", "Angelica", "Kristine", "Jasmine", "Joy", "Rhea", "Paolo",
      "Miguel", "Carlo", "Bea", "Nicole", "Janine", "Ramon", "Rodel", "Marites", "Lourdes", "Mylene",
      "Arnel", "Rogelio", "Danica", "Ella", "Gabriel", "Andrea", "Patricia", "Joshua", "Christian", "Kevin",
      "Aileen", "Jericho", "Liezel", "Mae", "Grace", "Princess", "Rowena", "Erwin", "Teresita", "Nestor",
    ],
    last: [
      "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
      "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar", "Mercado",
      "Dela Cruz", "Del Rosario", "Gonzales", "Lopez", "Pascual", "Domingo", "Soriano", "Manalo", "Dizon", "Aguilar",
      "Valdez", "Lim", "Tan", "Sison", "Macaraeg", "Panganiban", "Magbanua", "Lacson", "Dimaculangan", "Evangelista",
    ],
  },
  phonePrefix: "+639",
  phoneDigits: 9,
  receiptPrefix: "KS",
  hours: { open: 7, close: 21, utcOffset: 8 },
  ticket: { medianMinor: 18_500, minMinor: 9_000, maxMinor: 65_000, stepMinor: 500 },
  archetypes: {
    regular: { share: 0.22, gapDays: [2, 5] },
    occasional: { share: 0.33, gapDays: [7, 20] },
    rare: { share: 0.2, gapDays: [30, 90] },
    churned: { share: 0.17, gapDays: [4, 14] },
    dormant: { share: 0.08, gapDays: [120, 400] },
  },
  channels: { COUNTER: 85, POS_API: 15, ONLINE: 0 },
  maria: { joinedDaysAgo: 425, gapDays: 4, ticketMinor: 22_000, reserve: 300, maxRewardCost: 250, phone: "+639171234567" },
};

const DOR: BusinessConfig = {
  key: "dor",
  seed: 0x646f72,
  business: {
    name: "Librăria Dor",
    slug: "libraria-dor",
    currency: "RON",
    timeZone: "Europe/Bucharest",
    locale: "ro",
    brandColor: "#0f766e",
    senderName: "Ioana de la Librăria Dor",
  },
  program: {
    // 1 point per 1 RON: floor(amount / 100 bani) × 1
    earnPoints: 1,
    earnPerMinor: 100,
    rounding: "DOWN",
    signupBonus: 50,
    birthdayBonus: 100,
    referralBonus: 100,
    referredBonus: 50,
    expiryPolicy: "AFTER_EARN",
    expiryMonths: 24,
    pendingDays: 0,
    visitDiscountEnabled: false,
    tierBasis: "SPEND",
    tierWindow: "ROLLING_12_MONTHS",
    tierGraceDays: 30,
    // About 8 bani a point: a 20 RON discount costs 200 points, a bookmark 80
    pointValueMinor: 8,
    live: true,
  },
  tiers: [
    { key: "cititor", name: "Cititor", rank: 0, threshold: 0, multiplierBp: 10000, perks: "1 punct la fiecare leu" },
    { key: "bibliofil", name: "Bibliofil", rank: 1, threshold: 100_000, multiplierBp: 12000, perks: "1,2× puncte, invitații la lansări" },
    { key: "colectionar", name: "Colecționar", rank: 2, threshold: 300_000, multiplierBp: 15000, perks: "1,5× puncte, rezervări de ediții limitate" },
  ],
  punchCard: { name: "Carnetul cititorului", stampsRequired: 10, stampRule: "AMOUNT", stampMinorUnit: 5_000, rewardKey: "pocket-book" },
  rewards: [
    { key: "bookmark", kind: "FREE_ITEM", name: "Semn de carte din lemn", description: "Un semn de carte gravat, la alegere.", pointsCost: 80, costMinor: 800, voucherDays: 30 },
    { key: "wrap", kind: "UPGRADE", name: "Ambalaj cadou de lux", description: "Hârtie marmorată și panglică pentru orice carte.", pointsCost: 50, costMinor: 500, voucherDays: 30 },
    { key: "twenty-off", kind: "DISCOUNT", name: "Reducere de 20 de lei", description: "La orice comandă de peste 60 de lei.", pointsCost: 200, costMinor: 2000, discountMinor: 2000, voucherDays: 30 },
    { key: "pocket-book", kind: "FREE_ITEM", name: "Carte de buzunar gratuită", description: "Orice titlu din raftul de ediții de buzunar.", pointsCost: 400, costMinor: 2500, voucherDays: 45 },
    { key: "library", kind: "DONATION", name: "O carte pentru o bibliotecă sătească", description: "Donăm o carte în numele tău unei biblioteci din Maramureș.", pointsCost: 300, costMinor: 3000, voucherDays: 30 },
    { key: "coffee", kind: "PARTNER", name: "Cafea la Cafeneaua Boema", description: "Un espresso sau un flat white la vecinii noștri.", pointsCost: 150, costMinor: 1200, partnerName: "Cafeneaua Boema", voucherDays: 30 },
    { key: "reading", kind: "EVENT", name: "Seară de lectură cu autorul", description: "Lectură și autografe, cu loc rezervat în primul rând.", pointsCost: 600, costMinor: 4000, minTierKey: "bibliofil", stock: 25, perMemberLimit: 1, voucherDays: 45 },
  ],
  staff: [{ key: "owner", role: "OWNER" }],
  cashiers: [{ key: "owner", weight: 1 }],
  memberCount: 200,
  names: {
    first: [
      "Ioana", "Andrei", "Ștefan", "Mihaela", "Răzvan", "Elena", "Alexandru", "Cristina", "Bogdan", "Ana",
      "Mihai", "Andreea", "Vlad", "Gabriela", "Radu", "Irina", "Cosmin", "Roxana", "Sorin", "Oana",
      "Adrian", "Simona", "Tudor", "Bianca", "Dragoș", "Alina", "Florin", "Raluca", "Ionuț", "Diana",
      "Cătălin", "Larisa", "Matei", "Teodora", "Horia", "Carmen", "Victor", "Monica", "Emil", "Sânziana",
    ],
    last: [
      "Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Stan", "Gheorghe", "Rusu", "Munteanu", "Matei",
      "Constantin", "Șerban", "Moldovan", "Lungu", "Ene", "Dinu", "Nistor", "Marin", "Tudor", "Barbu",
      "Florea", "Cristea", "Radu", "Mocanu", "Toma", "Neagu", "Sârbu", "Preda", "Iordache", "Pavel",
      "Căpraru", "Vasilescu", "Dobre", "Pop", "Oprea", "Bălan", "Ciobanu", "Mureșan", "Zamfir", "Voicu",
    ],
  },
  phonePrefix: "+407",
  phoneDigits: 8,
  receiptPrefix: "LD",
  hours: { open: 10, close: 20, utcOffset: 2 },
  ticket: { medianMinor: 6_500, minMinor: 1_500, maxMinor: 35_000, stepMinor: 50 },
  archetypes: {
    regular: { share: 0.18, gapDays: [8, 16] },
    occasional: { share: 0.35, gapDays: [25, 50] },
    rare: { share: 0.22, gapDays: [60, 150] },
    churned: { share: 0.17, gapDays: [14, 35] },
    dormant: { share: 0.08, gapDays: [200, 500] },
  },
  channels: { COUNTER: 70, POS_API: 5, ONLINE: 25 },
  maria: { joinedDaysAgo: 300, gapDays: 12, ticketMinor: 8_000, reserve: 200, maxRewardCost: 200, phone: "+639171234567" },
};

export const DEMO_BUSINESSES: readonly BusinessConfig[] = [KAPE, DOR];
