// Redemptions of the simulation: points spent on rewards and vouchers from full punch cards.
// Outcomes: a voucher still valid today is ISSUED (about half), USED or CANCELLED; an older one
// was mostly USED, else CANCELLED or EXPIRED, and then its points came back as a REVERSAL credit
// (a new lot). Donations are made at once. Stock and per-member limits count live vouchers.
import type { SimContext } from "./context";
import { CODE_ALPHABET } from "./plan";
import type { RedemptionRow, RewardRow } from "./rows";
import { DAY } from "./time";

type Outcome = Pick<RedemptionRow, "status" | "usedAt" | "usedByUserId"> & { returnedAt: Date | null };

export class Vouchers {
  readonly redemptions: RedemptionRow[] = [];
  private readonly codes = new Set<string>();
  private readonly stock = new Map<string, number | null>();
  private readonly taken = new Map<string, number>();

  constructor(private readonly ctx: SimContext, rewards: RewardRow[]) {
    for (const reward of rewards) this.stock.set(reward.id, reward.stock);
  }

  remainingStock(rewardId: string): number | null {
    return this.stock.get(rewardId) ?? null;
  }

  /** Stock left and the member under the reward's per-member limit (tier gates are the caller's). */
  available(memberId: string, reward: RewardRow): boolean {
    const stock = this.stock.get(reward.id);
    if (stock !== null && stock !== undefined && stock <= 0) return false;
    return reward.perMemberLimit === null || (this.taken.get(`${memberId}/${reward.id}`) ?? 0) < reward.perMemberLimit;
  }

  /**
   * Spends `reward.pointsCost` points; the caller has checked the member can afford it.
   * A `reliable` member (the demo Maria) never lets a voucher lapse or cancels one, so her
   * balance stays where the demo needs it.
   */
  redeem(memberId: string, reward: RewardRow, at: Date, reliable = false): RedemptionRow {
    const redemption = this.issue(memberId, reward, at, reward.pointsCost);
    const redeem = this.ctx.book.debit({
      memberId,
      kind: "REDEEM",
      points: reward.pointsCost,
      at,
      key: `seed/redeem/${redemption.id}`,
      redemptionId: redemption.id,
      reason: reward.name,
    });
    const returnedAt = this.settle(redemption, reward, reliable);
    if (returnedAt) {
      this.ctx.queue.push(returnedAt, () => {
        this.ctx.credit({
          memberId,
          kind: "REVERSAL",
          points: reward.pointsCost,
          at: returnedAt,
          key: `seed/return/${redemption.id}`,
          redemptionId: redemption.id,
          reversesId: redeem.id,
          reason: redemption.status === "CANCELLED" ? "Voucher cancelled" : "Voucher expired",
        });
      });
    }
    return redemption;
  }

  /** A full punch card's voucher: a Redemption of 0 points, no ledger entry. */
  punchCardVoucher(memberId: string, reward: RewardRow, at: Date): RedemptionRow {
    const redemption = this.issue(memberId, reward, at, 0);
    this.settle(redemption, reward);
    return redemption;
  }

  private issue(memberId: string, reward: RewardRow, at: Date, points: number): RedemptionRow {
    let code: string;
    do code = this.ctx.rng.string(CODE_ALPHABET, 10);
    while (this.codes.has(code));
    this.codes.add(code);
    const id = `${this.ctx.config.key}_r${String(this.redemptions.length + 1).padStart(5, "0")}`;
    const redemption: RedemptionRow = {
      id,
      businessId: this.ctx.businessId,
      memberId,
      rewardId: reward.id,
      source: points === 0 ? "PUNCH_CARD" : "POINTS",
      points,
      code,
      status: "ISSUED",
      expiresAt: new Date(at.getTime() + reward.voucherDays * DAY),
      usedAt: null,
      usedByUserId: null,
      idempotencyKey: `seed/redemption/${id}`,
      createdAt: at,
    };
    this.redemptions.push(redemption);
    return redemption;
  }

  /** Decides what became of the voucher by `now`; returns when its points came back, if they did. */
  private settle(redemption: RedemptionRow, reward: RewardRow, reliable = false): Date | null {
    const outcome = this.outcome(reward, redemption.createdAt, redemption.expiresAt, reliable);
    Object.assign(redemption, { status: outcome.status, usedAt: outcome.usedAt, usedByUserId: outcome.usedByUserId });
    if (outcome.status === "ISSUED" || outcome.status === "USED") {
      const stock = this.stock.get(reward.id);
      if (stock !== null && stock !== undefined) this.stock.set(reward.id, stock - 1);
      const key = `${redemption.memberId}/${reward.id}`;
      this.taken.set(key, (this.taken.get(key) ?? 0) + 1);
    }
    return outcome.returnedAt;
  }

  private outcome(reward: RewardRow, at: Date, expiresAt: Date, reliable: boolean): Outcome {
    const { rng, now } = this.ctx;
    const age = now.getTime() - at.getTime();
    const usedBy = reward.kind === "PARTNER" ? null : this.ctx.cashierId();
    const within = (maxMs: number) => new Date(at.getTime() + Math.max(60_000, rng.next() * maxMs));
    const none = { usedAt: null, usedByUserId: null };
    if (reward.kind === "DONATION") return { status: "USED", usedAt: at, usedByUserId: null, returnedAt: null };
    // A reliable member's rolls land in the ISSUED/USED range only.
    const roll = reliable ? 0.2 + 0.8 * rng.next() : rng.next();
    if (expiresAt > now) {
      if (age <= 2 * 60_000 || (roll >= 0.05 && roll < 0.5)) return { status: "ISSUED", ...none, returnedAt: null };
      if (roll < 0.05) return { status: "CANCELLED", ...none, returnedAt: within(Math.min(age, 3 * DAY) - 60_000) };
      return { status: "USED", usedAt: within(age - 60_000), usedByUserId: usedBy, returnedAt: null };
    }
    if (roll < 0.06) return { status: "CANCELLED", ...none, returnedAt: within(5 * DAY) };
    if (roll < 0.14) return { status: "EXPIRED", ...none, returnedAt: expiresAt };
    return { status: "USED", usedAt: within(Math.min(reward.voucherDays, 10) * DAY), usedByUserId: usedBy, returnedAt: null };
  }
}
