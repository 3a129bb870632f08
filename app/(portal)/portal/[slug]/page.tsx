import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, CalendarClock, Percent } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { basisPointsToPercent } from "@/lib/loyalty/rules/visit-discount";
import { EXPIRING_SOON_DAYS, getMemberDashboard } from "@/lib/portal/dashboard";
import { requireMembership } from "@/lib/portal/program-access";
import { ActivityList } from "./activity-list";
import { PunchCardView } from "./punch-card-view";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ welcome?: string }> };

export const metadata: Metadata = { title: "Your points" };

export default async function ProgramDashboardPage({ params, searchParams }: Props) {
  const [{ slug }, { welcome }] = await Promise.all([params, searchParams]);
  const { memberId, business } = await requireMembership(slug);
  const dashboard = await getMemberDashboard({ businessId: business.id, memberId, timeZone: business.timeZone });
  if (!dashboard) {
    return <EmptyState title="This program is not set up yet" text={`${business.name} has not opened its program. Check back soon.`} />;
  }
  const { tier } = dashboard;
  const money = (minor: number) => formatMoney(minor, business.currency, business.locale);
  const measure = (value: number) => (tier.basis === "SPEND" ? money(value) : `${formatPoints(value)} points`);

  return (
    <div className="space-y-6">
      {welcome ? (
        <Alert variant="success" title={welcome === "new" ? `Welcome to ${business.name}!` : `You are already a member of ${business.name}.`}>
          Show your card at the counter to collect points.
        </Alert>
      ) : null}
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{business.name}</h1>
          <p className="text-ink-muted">Member No. {dashboard.number}</p>
        </div>
        <Button asChild>
          <Link href={`/portal/${slug}/card`}>Show my card</Link>
        </Button>
      </header>

      <section aria-label="Points" className="rounded-2xl bg-brand-900 p-5 text-white shadow-md sm:p-6">
        <p className="text-sm font-medium text-brand-100">Your balance</p>
        <p className="mt-1 text-5xl font-bold tabular-nums" data-testid="balance">
          {formatPoints(dashboard.balance)}
          <span className="ml-2 text-lg font-medium text-brand-100">points</span>
        </p>
        {dashboard.pending > 0 ? (
          <p className="mt-2 text-sm text-brand-100">+ {formatPoints(dashboard.pending)} pending (spendable soon)</p>
        ) : null}
        <div className="mt-5 space-y-2">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="font-semibold">{tier.current?.name ?? "Member"}</span>
            {tier.next ? <span className="text-brand-100">Next: {tier.next.name}</span> : <span className="text-brand-100">Top tier</span>}
          </div>
          <div
            role="progressbar"
            aria-label={tier.next ? `Progress to ${tier.next.name}` : "Top tier reached"}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={tier.percent}
            className="h-2.5 overflow-hidden rounded-full bg-white/20"
          >
            <div className="h-full rounded-full bg-brand-300" style={{ width: `${tier.percent}%` }} />
          </div>
          <p className="text-sm text-brand-100">
            {tier.next
              ? `${measure(Math.max(0, tier.next.threshold - tier.qualifying))} more in 12 months to reach ${tier.next.name}.`
              : "You have reached the top tier. Thank you for being a regular!"}
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
                <p className="text-3xl font-bold text-ink tabular-nums">{basisPointsToPercent(dashboard.visitDiscountBp)}%</p>
                <p className="text-sm text-ink-muted">off your next visit; it grows with every visit this period</p>
              </div>
            </CardContent>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CalendarClock aria-hidden="true" className="size-5 text-brand-700" />
              Expiring soon
            </CardTitle>
          </CardHeader>
          <CardContent>
            {dashboard.expiring.length === 0 ? (
              <p className="text-sm text-ink-muted">No points expire in the next {EXPIRING_SOON_DAYS} days.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {dashboard.expiring.map((lot) => (
                  <li key={lot.expiresAt.toISOString()} className="flex justify-between gap-3">
                    <span className="font-semibold tabular-nums">{formatPoints(lot.points)} points</span>
                    <span className="text-ink-muted">on {formatDate(lot.expiresAt, business.timeZone, business.locale)}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      {dashboard.punchCards.length > 0 ? (
        <section aria-labelledby="punch-cards-heading" className="space-y-3">
          <h2 id="punch-cards-heading" className="text-lg font-semibold text-ink">Stamp cards</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {dashboard.punchCards.map((card) => (
              <PunchCardView key={card.id} {...card} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="activity-heading" className="space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="activity-heading" className="text-lg font-semibold text-ink">Latest activity</h2>
          <Link href={`/portal/${slug}/history`} className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
            All history <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </div>
        <ActivityList entries={dashboard.activity} timeZone={business.timeZone} locale={business.locale} />
      </section>
    </div>
  );
}
