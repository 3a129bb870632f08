import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Gift, Lock } from "lucide-react";

import { VoucherStatusBadge } from "@/components/portal/voucher-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { requireMembership } from "@/lib/portal/program-access";
import { getMemberVouchers, getRewardCatalog, type CatalogReward } from "@/lib/portal/rewards";
import { RedeemButton } from "./redeem-button";

type Props = { params: Promise<{ slug: string }> };

// i18n-keys: portal.voucherName.cashback portal.voucherName.voucher

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("rewards.title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"portal">>>;

function availabilityText(reward: CatalogReward, t: Translate): string | null {
  switch (reward.availability) {
    case "unaffordable":
      return t("rewards.shortBy", { count: reward.shortBy });
    case "tier_locked":
      return reward.minTierName ? t("rewards.tierLocked", { tier: reward.minTierName }) : t("rewards.tierLockedHigher");
    case "out_of_stock":
      return t("rewards.outOfStock");
    case "limit_reached":
      return t("rewards.limitReached");
    case "inactive":
      return t("rewards.inactive");
    default:
      return null;
  }
}

export default async function RewardsPage({ params }: Props) {
  const { slug } = await params;
  const { memberId, business } = await requireMembership(slug);
  const [catalog, vouchers, t, locale] = await Promise.all([
    getRewardCatalog({ businessId: business.id, memberId }),
    getMemberVouchers({ businessId: business.id, memberId }),
    getTranslations("portal"),
    getLocale(),
  ]);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold text-ink">{t("rewards.title")}</h1>
        <p className="text-ink-muted">
          {t.rich("rewards.intro", {
            count: catalog.balance,
            business: business.name,
            strong: (chunks) => <strong className="text-ink tabular-nums">{chunks}</strong>,
          })}
        </p>
      </header>

      <section aria-labelledby="catalog-heading" className="space-y-3">
        <h2 id="catalog-heading" className="sr-only">{t("rewards.catalog")}</h2>
        {catalog.rewards.length === 0 ? (
          <EmptyState icon={<Gift />} title={t("rewards.emptyTitle")} text={t("rewards.emptyText", { business: business.name })} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {catalog.rewards.map((reward) => {
              const blocked = availabilityText(reward, t);
              return (
                <li key={reward.id} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4" aria-label={reward.name}>
                  {reward.imageUrl ? (
                    // Decorative: the name follows. Served as uploaded by /media/rewards, so no optimizer.
                    <Image src={reward.imageUrl} alt="" width={480} height={270} unoptimized className="aspect-video w-full rounded-control object-cover" />
                  ) : null}
                  <div className="flex items-start justify-between gap-3">
                    <h3 className="font-semibold text-ink">{reward.name}</h3>
                    <Badge variant="brand" className="tabular-nums">{t("pointsShort", { count: reward.pointsCost })}</Badge>
                  </div>
                  {reward.partnerName && (reward.kind === "PARTNER" || reward.kind === "DONATION") ? (
                    <p className="text-sm font-medium text-ink">{reward.kind === "PARTNER" ? t("rewards.fromPartner", { partner: reward.partnerName }) : t("rewards.donatedTo", { partner: reward.partnerName })}</p>
                  ) : null}
                  {reward.description ? <p className="text-sm text-ink-muted">{reward.description}</p> : null}
                  <div className="mt-auto flex items-center justify-between gap-3 pt-2">
                    {blocked ? (
                      <p className="flex items-center gap-1.5 text-sm font-medium text-ink-muted">
                        {reward.availability === "tier_locked" ? <Lock aria-hidden="true" className="size-4" /> : null}
                        {blocked}
                      </p>
                    ) : (
                      <p className="text-sm font-medium text-green-800">{t("rewards.canRedeem")}</p>
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
        <h2 id="vouchers-heading" className="text-lg font-semibold text-ink">{t("rewards.myVouchers")}</h2>
        {vouchers.length === 0 ? (
          <EmptyState headingLevel="h3" icon={<Gift />} title={t("rewards.noVouchersTitle")} text={t("rewards.noVouchersText")} />
        ) : (
          <ul className="divide-y divide-line rounded-card border border-line bg-surface">
            {vouchers.map((voucher) => (
              <li key={voucher.id}>
                <Link href={`/portal/${slug}/vouchers/${voucher.id}`} className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-brand-50">
                  <span className="min-w-0">
                    <span className="block font-medium text-ink">{voucher.name ?? t(`voucherName.${voucher.unnamed}`)}</span>
                    <span className="block font-mono text-sm text-ink-muted">{formatVoucherCode(voucher.code)}</span>
                    <span className="block text-sm text-ink-muted">
                      {voucher.status === "USED" && voucher.usedAt
                        ? t("rewards.usedOn", { date: formatDate(voucher.usedAt, business.timeZone, locale) })
                        : voucher.status === "ISSUED"
                          ? t("rewards.validUntil", { date: formatDate(voucher.expiresAt, business.timeZone, locale) })
                          : t("rewards.expiryOn", { date: formatDate(voucher.expiresAt, business.timeZone, locale) })}
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
