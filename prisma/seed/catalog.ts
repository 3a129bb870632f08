// The rows a business is set up with before any customer shows up: the business itself, its
// program, tiers, rewards, punch card and staff, with readable ids (kape_tier_gold, dor_rw_coffee).
import { DEMO_ACCOUNTS, type BusinessConfig } from "./demo-businesses";
import type { BusinessRow, ProgramRow, PunchCardRow, RewardRow, StaffRoleRow, TierRow } from "./rows";

export type Catalog = {
  business: BusinessRow;
  program: ProgramRow;
  /** By rank, entry tier first */
  tiers: TierRow[];
  rewards: RewardRow[];
  punchCard: PunchCardRow;
  staffRoles: StaffRoleRow[];
};

export function buildCatalog(config: BusinessConfig, createdAt: Date): Catalog {
  const businessId = `${config.key}_biz`;
  const tierId = (key: string) => `${config.key}_tier_${key}`;
  const rewardId = (key: string) => `${config.key}_rw_${key}`;
  const tiers = [...config.tiers]
    .sort((a, b) => a.rank - b.rank)
    .map(({ key, ...tier }) => ({ ...tier, id: tierId(key), businessId, createdAt }));
  const rewards = config.rewards.map(
    (reward): RewardRow => ({
      id: rewardId(reward.key),
      businessId,
      kind: reward.kind,
      name: reward.name,
      description: reward.description,
      pointsCost: reward.pointsCost,
      costMinor: reward.costMinor,
      discountMinor: reward.discountMinor ?? null,
      discountBp: reward.discountBp ?? null,
      minTierId: reward.minTierKey ? tierId(reward.minTierKey) : null,
      stock: reward.stock ?? null,
      perMemberLimit: reward.perMemberLimit ?? null,
      partnerName: reward.partnerName ?? null,
      voucherDays: reward.voucherDays,
      createdAt,
    }),
  );
  const { rewardKey, ...card } = config.punchCard;
  return {
    business: { ...config.business, id: businessId, createdAt },
    program: { ...config.program, id: `${config.key}_program`, businessId },
    tiers,
    rewards,
    punchCard: { ...card, id: `${config.key}_card`, businessId, rewardId: rewardId(rewardKey), active: true, createdAt },
    staffRoles: config.staff.map(({ key, role }) => ({
      id: `${config.key}_sr_${key}`,
      userId: DEMO_ACCOUNTS[key].id,
      businessId,
      role,
      createdAt,
      lastActiveAt: null,
    })),
  };
}
