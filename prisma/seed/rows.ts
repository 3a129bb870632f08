// Plain row objects the simulation produces, ready for `createMany` (each type is assignable
// to Prisma's `<Model>CreateManyInput`). Every field is required here so tests can read them.
import type {
  LedgerKind,
  PurchaseChannel,
  RedemptionStatus,
  RewardKind,
  StaffRoleKind,
  StampRule,
} from "../../lib/generated/prisma/enums";
import type { BusinessConfig } from "./demo-businesses";

export type BusinessRow = BusinessConfig["business"] & { id: string; createdAt: Date };
export type ProgramRow = BusinessConfig["program"] & { id: string; businessId: string };

export type TierRow = {
  id: string;
  businessId: string;
  name: string;
  rank: number;
  threshold: number;
  multiplierBp: number;
  perks: string;
  createdAt: Date;
};

export type RewardRow = {
  id: string;
  businessId: string;
  kind: RewardKind;
  name: string;
  description: string;
  pointsCost: number;
  costMinor: number;
  discountMinor: number | null;
  discountBp: number | null;
  minTierId: string | null;
  stock: number | null;
  perMemberLimit: number | null;
  partnerName: string | null;
  voucherDays: number;
  createdAt: Date;
};

export type PunchCardRow = {
  id: string;
  businessId: string;
  name: string;
  stampsRequired: number;
  stampRule: StampRule;
  stampMinorUnit: number;
  rewardId: string;
  active: boolean;
  createdAt: Date;
};

export type StaffRoleRow = { id: string; userId: string; businessId: string; role: StaffRoleKind; createdAt: Date; lastActiveAt: Date | null };

export type UserRow = { id: string; name: string; email: string; emailVerified: Date | null; createdAt: Date };

export type MemberRow = {
  id: string;
  businessId: string;
  userId: string;
  number: number;
  tierId: string;
  joinedAt: Date;
  birthday: Date | null;
  phone: string | null;
  displayName: string;
  marketingConsent: boolean;
  emailPreferences: { thankYou: boolean; milestones: boolean; offers: boolean };
  unsubscribeToken: string;
  referralCode: string;
  referredById: string | null;
  balance: number;
  lifetimeEarned: number;
  lifetimeSpent: number;
  lastActivityAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type PurchaseRow = {
  id: string;
  businessId: string;
  memberId: string | null;
  amountMinor: number;
  currency: string;
  externalId: string;
  occurredAt: Date;
  refundedMinor: number;
  channel: PurchaseChannel;
  staffUserId: string | null;
  createdAt: Date;
};

export type RefundRow = {
  id: string;
  businessId: string;
  purchaseId: string;
  amountMinor: number;
  idempotencyKey: string;
  actorUserId: string | null;
  createdAt: Date;
};

export type LedgerRow = {
  id: string;
  businessId: string;
  memberId: string;
  kind: LedgerKind;
  points: number;
  lotExpiresAt: Date | null;
  availableAt: Date | null;
  purchaseId: string | null;
  redemptionId: string | null;
  reversesId: string | null;
  actorUserId: string | null;
  reason: string | null;
  idempotencyKey: string;
  createdAt: Date;
};

export type AllocationRow = { id: string; businessId: string; debitId: string; lotId: string; points: number; createdAt: Date };

export type RedemptionRow = {
  id: string;
  businessId: string;
  memberId: string;
  rewardId: string;
  source: "POINTS" | "PUNCH_CARD";
  points: number;
  code: string;
  status: RedemptionStatus;
  expiresAt: Date;
  usedAt: Date | null;
  usedByUserId: string | null;
  idempotencyKey: string;
  createdAt: Date;
};

export type MemberPunchCardRow = {
  id: string;
  businessId: string;
  memberId: string;
  punchCardId: string;
  stamps: number;
  completed: number;
  updatedAt: Date;
};

export type TierChangeRow = {
  id: string;
  businessId: string;
  memberId: string;
  fromTierId: string | null;
  toTierId: string;
  reason: string;
  at: Date;
};

/** Everything one business needs, in foreign-key order. Demo accounts' users are not included. */
export type BusinessRows = {
  business: BusinessRow;
  program: ProgramRow;
  tiers: TierRow[];
  rewards: RewardRow[];
  punchCard: PunchCardRow;
  staffRoles: StaffRoleRow[];
  users: UserRow[];
  members: MemberRow[];
  purchases: PurchaseRow[];
  refunds: RefundRow[];
  redemptions: RedemptionRow[];
  ledger: LedgerRow[];
  allocations: AllocationRow[];
  memberPunchCards: MemberPunchCardRow[];
  tierChanges: TierChangeRow[];
};
