import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowRight, CalendarClock, Percent } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { formatPercentBp } from "@/lib/format/numbers";
import { EXPIRING_SOON_DAYS, getMemberDashboard } from "@/lib/portal/dashboard";
import { requireMembership } from "@/lib/portal/program-access";
import { ActivityList } from "./activity-list";
import { PunchCardView } from "./punch-card-view";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("dashboard.title") };
}

export default async function ProgramDashboardPage({ params, searchParams }: Props) {
  const [{ slug }, { welcome }] = await Promise.all([params, searchParams]);
  const { memberId, business } = await requireMembership(slug);
  const [dashboard, t, locale] = await Promise.all([
    getMemberDashboard({ businessId: business.id, memberId, timeZone: business.timeZone }),
    getTranslations("portal"),
    getLocale(),
  ]);
  if (!dashboard) {
    return <EmptyState title={t("dashboard.notSetUpTitle")} text={t("dashboard.notSetUpText", { business: business.name })} />;
  }
  const { tier } = dashboard;
  const toNext = tier.next ? Math.max(0, tier.next.threshold - tier.qualifying) : 0;

  return (
    <div className="space-y-6">
      {welcome ? (
        <Alert
          variant="success"
          title={welcome === "new" ? t("dashboard.welcomeNew", { business: business.name }) : t("dashboard.welcomeBack", { business: business.name })}
        >
          {t("dashboard.welcomeText")}
        </Alert>
      ) : null}
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{business.name}</h1>
          <p className="text-ink-muted">{t("dashboard.memberNumber", { number: String(dashboard.number) })}</p>
        </div>
        <Button asChild>
          <Link href={`/portal/${slug}/card`}>{t("dashboard.showCard")}</Link>
        </Button>
      </header>

      <section aria-label={t("dashboard.pointsLabel")} className="rounded-2xl bg-brand-900 p-5 text-white shadow-md sm:p-6">
        <p className="text-sm font-medium text-brand-100">{t("dashboard.balance")}</p>
        <p className="mt-1 text-5xl font-bold tabular-nums" data-testid="balance">
          {formatPoints(dashboard.balance, locale)}
          <span className="ml-2 text-lg font-medium text-brand-100">{t("pointsWord", { count: dashboard.balance })}</span>
        </p>
        {dashboard.pending > 0 ? <p className="mt-2 text-sm text-brand-100">{t("dashboard.pending", { count: dashboard.pending })}</p> : null}
        <div className="mt-5 space-y-2">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="font-semibold">{tier.current?.name ?? t("member")}</span>
            <span className="text-brand-100">{tier.next ? t("dashboard.nextTier", { tier: tier.next.name }) : t("dashboard.topTier")}</span>
          </div>
          <div
            role="progressbar"
            aria-label={tier.next ? t("dashboard.progressTo", { tier: tier.next.name }) : t("dashboard.topReached")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={tier.percent}
            className="h-2.5 overflow-hidden rounded-full bg-white/20"
          >
            <div className="h-full rounded-full bg-brand-300" style={{ width: `${tier.percent}%` }} />
          </div>
          <p className="text-sm text-brand-100">
            {!tier.next
              ? t("dashboard.topText")
              : tier.basis === "SPEND"
                ? t("dashboard.moreSpend", { amount: formatMoney(toNext, business.currency, locale), tier: tier.next.name })
                : t("dashboard.morePoints", { count: toNext, tier: tier.next.name })}
          </p>
        </div>
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        {dashboard.visitDiscountBp > 0 ? (
          <Card>
            <CardContent className="flex items-center gap-4">
              <span aria-hidden="true" className="grid size-12 place-items-center rounded-full bg-brand-100 text-brand-800">
                <Percent className="size-6" />
              </span>
              <div>
                <p className="text-3xl font-bold text-ink tabular-nums">{formatPercentBp(dashboard.visitDiscountBp, locale)}</p>
                <p className="text-sm text-ink-muted">{t("dashboard.visitDiscount")}</p>
              </div>
            </CardContent>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CalendarClock aria-hidden="true" className="size-5 text-brand-700" />
              {t("dashboard.expiringTitle")}
            </CardTitle>
          </CardHeader>
          <CardContent>
            {dashboard.expiring.length === 0 ? (
              <p className="text-sm text-ink-muted">{t("dashboard.noneExpiring", { days: EXPIRING_SOON_DAYS })}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {dashboard.expiring.map((lot) => (
                  <li key={lot.expiresAt.toISOString()} className="flex justify-between gap-3">
                    <span className="font-semibold tabular-nums">{t("points", { count: lot.points })}</span>
                    <span className="text-ink-muted">{t("dashboard.expiresOn", { date: formatDate(lot.expiresAt, business.timeZone, locale) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      {dashboard.punchCards.length > 0 ? (
        <section aria-labelledby="punch-cards-heading" className="space-y-3">
          <h2 id="punch-cards-heading" className="text-lg font-semibold text-ink">{t("dashboard.stampCards")}</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {dashboard.punchCards.map((card) => (
              <PunchCardView key={card.id} {...card} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="activity-heading" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="activity-heading" className="text-lg font-semibold text-ink">{t("dashboard.latestActivity")}</h2>
          <Link href={`/portal/${slug}/history`} className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
            {t("dashboard.allHistory")} <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </div>
        <ActivityList entries={dashboard.activity} timeZone={business.timeZone} />
      </section>
    </div>
  );
}
