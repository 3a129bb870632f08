import type { Metadata } from "next";
import Link from "next/link";
import { Gift, Lock } from "lucide-react";

import { VoucherStatusBadge } from "@/components/portal/voucher-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import { formatPoints } from "@/lib/format/money";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { requireMembership } from "@/lib/portal/program-access";
import { getMemberVouchers, getRewardCatalog, type CatalogReward } from "@/lib/portal/rewards";
import { RedeemButton } from "./redeem-button";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Rewards" };

function availabilityText(reward: CatalogReward): string | null {
  switch (reward.availability) {
    case "unaffordable":
      return `${formatPoints(reward.shortBy)} more points needed`;
    case "tier_locked":
      return `For ${reward.minTierName ?? "higher tier"} members and up`;
    case "out_of_stock":
      return "Out of stock";
    case "limit_reached":
      return "You have redeemed this as often as allowed";
    case "inactive":
      return "Not available right now";
    default:
      return null;
  }
}

export default async function RewardsPage({ params }: Props) {
  const { slug } = await params;
  const { memberId, business } = await requireMembership(slug);
  const [catalog, vouchers] = await Promise.all([
    getRewardCatalog({ businessId: business.id, memberId }),
    getMemberVouchers({ businessId: business.id, memberId }),
  ]);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold text-ink">Rewards</h1>
        <p className="text-ink-muted">
          You have <strong className="text-ink tabular-nums">{formatPoints(catalog.balance)}</strong> points to spend at {business.name}.
        </p>
      </header>

      <section aria-labelledby="catalog-heading" className="space-y-3">
        <h2 id="catalog-heading" className="sr-only">Catalog</h2>
        {catalog.rewards.length === 0 ? (
          <EmptyState icon={<Gift />} title="No rewards yet" text={`${business.name} has not added rewards yet. Your points keep until they do.`} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {catalog.rewards.map((reward) => {
              const blocked = availabilityText(reward);
              return (
                <li key={reward.id} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4" aria-label={reward.name}>
                  <div className="flex items-start justify-between gap-3">
                    <h3 className="font-semibold text-ink">{reward.name}</h3>
                    <Badge variant="brand" className="tabular-nums">{formatPoints(reward.pointsCost)} pts</Badge>
                  </div>
                  {reward.description ? <p className="text-sm text-ink-muted">{reward.description}</p> : null}
                  <div className="mt-auto flex items-center justify-between gap-3 pt-2">
                    {blocked ? (
                      <p className="flex items-center gap-1.5 text-sm font-medium text-ink-muted">
                        {reward.availability === "tier_locked" ? <Lock aria-hidden="true" className="size-4" /> : null}
                        {blocked}
                      </p>
                    ) : (
                      <p className="text-sm font-medium text-green-800">You can redeem this</p>
                    )}
                    {reward.availability === "available" || reward.availability === "unaffordable" ? (
                      // Unaffordable rewards keep the button: the engine's answer explains why not.
                      <RedeemButton slug={slug} rewardId={reward.id} rewardName={reward.name} pointsCost={reward.pointsCost} balance={catalog.balance} timeZone={business.timeZone} />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="vouchers-heading" className="space-y-3">
        <h2 id="vouchers-heading" className="text-lg font-semibold text-ink">My vouchers</h2>
        {vouchers.length === 0 ? (
          <EmptyState headingLevel="h3" icon={<Gift />} title="No vouchers yet" text="Redeem a reward and its voucher appears here." />
        ) : (
          <ul className="divide-y divide-line rounded-card border border-line bg-surface">
            {vouchers.map((voucher) => (
              <li key={voucher.id}>
                <Link href={`/portal/${slug}/vouchers/${voucher.id}`} className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-brand-50">
                  <span className="min-w-0">
                    <span className="block font-medium text-ink">{voucher.name}</span>
                    <span className="block font-mono text-sm text-ink-muted">{formatVoucherCode(voucher.code)}</span>
                    <span className="block text-sm text-ink-muted">
                      {voucher.status === "USED" && voucher.usedAt
                        ? `Used ${formatDate(voucher.usedAt, business.timeZone, business.locale)}`
                        : `${voucher.status === "ISSUED" ? "Valid until" : "Expiry"} ${formatDate(voucher.expiresAt, business.timeZone, business.locale)}`}
                    </span>
                  </span>
                  <VoucherStatusBadge status={voucher.status} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
