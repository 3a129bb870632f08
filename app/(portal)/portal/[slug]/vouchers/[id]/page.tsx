import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";

import { VoucherStatusBadge } from "@/components/portal/voucher-status-badge";
import { QrCode } from "@/components/ui/qr-code";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatPoints } from "@/lib/format/money";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { requireMembership } from "@/lib/portal/program-access";
import { getMemberVoucher } from "@/lib/portal/rewards";

type Props = { params: Promise<{ slug: string; id: string }> };

// i18n-keys: portal.voucherName.cashback portal.voucherName.voucher

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("voucher.title") };
}

export default async function VoucherPage({ params }: Props) {
  const { slug, id } = await params;
  const { memberId, business } = await requireMembership(slug);
  // Someone else's voucher (or another business's) is simply not found: no hint it exists.
  const voucher = await getMemberVoucher({ businessId: business.id, memberId, redemptionId: id });
  if (!voucher) notFound();
  const usable = voucher.status === "ISSUED";
  const [t, locale] = await Promise.all([getTranslations("portal"), getLocale()]);

  return (
    <div className="mx-auto max-w-sm space-y-4">
      <Link href={`/portal/${slug}/rewards`} className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" /> {t("nav.rewards")}
      </Link>
      <article className="space-y-4 rounded-card border border-line bg-surface p-6 text-center shadow-card">
        <p className="text-sm text-ink-muted">{business.name}</p>
        <h1 className="text-xl font-semibold text-ink">{voucher.name ?? t(`voucherName.${voucher.unnamed}`)}</h1>
        <VoucherStatusBadge status={voucher.status} />
        {usable ? <QrCode value={voucher.code} label={t("voucher.codeLabel", { code: formatVoucherCode(voucher.code) })} className="mx-auto max-w-56" /> : null}
        <p className={usable ? "font-mono text-2xl font-bold tracking-wider text-ink" : "font-mono text-xl text-ink-muted line-through"} data-testid="voucher-code">
          {formatVoucherCode(voucher.code)}
        </p>
        <dl className="grid grid-cols-2 gap-2 text-left text-sm">
          <dt className="text-ink-muted">{t("voucher.redeemed")}</dt>
          <dd className="text-right text-ink">{formatDateTime(voucher.createdAt, business.timeZone, locale)}</dd>
          <dt className="text-ink-muted">{usable ? t("voucher.validUntil") : t("voucher.expiry")}</dt>
          <dd className="text-right text-ink">{formatDate(voucher.expiresAt, business.timeZone, locale)}</dd>
          {voucher.usedAt ? (
            <>
              <dt className="text-ink-muted">{t("voucher.used")}</dt>
              <dd className="text-right text-ink">{formatDateTime(voucher.usedAt, business.timeZone, locale)}</dd>
            </>
          ) : null}
          <dt className="text-ink-muted">{t("voucher.points")}</dt>
          <dd className="text-right text-ink tabular-nums">{voucher.points > 0 ? formatPoints(voucher.points, locale) : t("voucher.free")}</dd>
        </dl>
        {usable ? <p className="text-sm text-ink-muted">{t("voucher.hint")}</p> : null}
      </article>
    </div>
  );
}
