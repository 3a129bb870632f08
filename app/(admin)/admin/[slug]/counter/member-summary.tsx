"use client";

import { useLocale, useTranslations } from "next-intl";
import { Percent, Ticket } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { CounterMember } from "@/lib/admin/counter-lookup";
import { formatDate } from "@/lib/format/dates";
import { formatPoints } from "@/lib/format/money";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";

type MemberSummaryProps = {
  member: CounterMember;
  timeZone: string;
  onCheckVoucher: (code: string) => void;
};

/** Who is at the till, in type big enough to read from across the counter. */
export function MemberSummary({ member, timeZone, onCheckVoucher }: MemberSummaryProps) {
  const t = useTranslations("adminCounter.member");
  const locale = useLocale();

  return (
    <section aria-labelledby="counter-member" className="@container space-y-5 rounded-card border-2 border-brand-700 bg-surface p-5 shadow-card sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="counter-member" className="truncate text-2xl font-semibold text-ink">
            {member.name ?? t("noName")}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-lg text-ink-muted">
            <span className="font-mono tabular-nums" data-testid="member-number">
              {t("number", { number: member.number })}
            </span>
            <Badge variant={member.tier ? "brand" : "neutral"} className="text-sm">
              {member.tier?.name ?? t("noTier")}
            </Badge>
          </p>
        </div>
      </div>

      {member.status !== "ACTIVE" ? <Alert variant="warning">{t("inactive")}</Alert> : null}

      <dl className="grid gap-3 @sm:grid-cols-2">
        <div className="rounded-control bg-brand-50 p-4">
          <dt className="text-sm font-semibold text-ink-muted">{t("balance")}</dt>
          <dd className="mt-1 text-ink" data-testid="member-balance">
            <span className="text-4xl font-bold tabular-nums">{formatPoints(member.balance, locale)}</span>{" "}
            <span className="text-lg font-semibold">{t("pointsUnit", { count: member.balance })}</span>
          </dd>
          {member.pendingPoints > 0 ? <dd className="mt-1 text-sm text-ink-muted">{t("pending", { count: member.pendingPoints })}</dd> : null}
        </div>
        <div className="rounded-control bg-brand-900 p-4 text-white">
          <dt className="flex items-center gap-1.5 text-sm font-semibold text-brand-100">
            <Percent aria-hidden="true" className="size-4" />
            {t("visitDiscount")}
          </dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums @md:text-4xl" data-testid="member-visit-discount">
            {t("visitDiscountValue", { percent: formatPoints(member.visitDiscountPercent, locale) })}
          </dd>
        </div>
      </dl>

      {member.punchCards.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-ink-muted">{t("punchCards")}</h3>
          <ul className="mt-2 space-y-3">
            {member.punchCards.map((card) => (
              <li key={card.id}>
                <div className="flex items-baseline justify-between gap-3">
                  <span className="font-semibold text-ink">{card.name}</span>
                  <span className="text-ink tabular-nums">{t("stamps", { stamps: card.stamps, required: card.stampsRequired })}</span>
                </div>
                <div
                  role="progressbar"
                  aria-label={card.name}
                  aria-valuemin={0}
                  aria-valuemax={card.stampsRequired}
                  aria-valuenow={card.stamps}
                  aria-valuetext={t("stamps", { stamps: card.stamps, required: card.stampsRequired })}
                  className="mt-1.5 h-3 overflow-hidden rounded-full bg-brand-100"
                >
                  <div className="h-full rounded-full bg-brand-700" style={{ width: `${Math.min(100, (card.stamps / Math.max(1, card.stampsRequired)) * 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div>
        <h3 className="text-sm font-semibold text-ink-muted">{t("vouchers")}</h3>
        {member.vouchers.length === 0 ? (
          <p className="mt-1 text-ink-muted">{t("noVouchers")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line rounded-control border border-line">
            {member.vouchers.map((voucher) => (
              <li key={voucher.code} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <p className="flex items-center gap-2 font-semibold text-ink">
                    <Ticket aria-hidden="true" className="size-4 shrink-0 text-brand-700" />
                    {voucher.rewardName ?? "—"}
                  </p>
                  <p className="text-sm text-ink-muted">{t("voucherUntil", { date: formatDate(new Date(voucher.expiresAt), timeZone, locale) })}</p>
                </div>
                <Button type="button" variant="secondary" size="lg" onClick={() => onCheckVoucher(voucher.code)}>
                  {t("checkVoucher", { code: formatVoucherCode(voucher.code) })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
