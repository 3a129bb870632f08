import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/admin/charts/chart-figure";
import { formatFigure } from "@/lib/analytics/format";
import type { Overview } from "@/lib/analytics/overview";
import { formatDate } from "@/lib/format/dates";
import { WinBackButton } from "./win-back-button";

type Props = { slug: string; overview: Overview; currency: string; locale: string; timeZone: string };

const LISTED_REWARDS = 5;

/** Top members, members at risk (with the win-back button), most and least redeemed rewards. */
export async function PeopleLists({ slug, overview, currency, locale, timeZone }: Props) {
  const t = await getTranslations("adminAnalytics");
  const count = (value: number) => formatFigure(value, "count", { locale, currency });
  const money = (minor: number) => formatFigure(minor, "money", { locale, currency });
  const nameOf = (member: { name: string | null; number: number }) => member.name ?? t("lists.memberNumber", { number: member.number });
  const { topMembers } = overview.activity;
  const { members: atRisk, count: atRiskCount } = overview.atRisk;
  const rewards = overview.program.rewards;
  const least = [...rewards].reverse().slice(0, LISTED_REWARDS);

  return (
    <div className="mt-3 grid gap-4 lg:grid-cols-2">
      <Card className="p-4 sm:p-5 lg:col-span-2">
        <CardTitle as="h3" className="text-base">{t("lists.atRisk.title")}</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">{t("lists.atRisk.description")}</p>
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t("lists.atRisk.title")}>
          {atRisk.length > 0 ? (
            <table className="w-full border-collapse text-left text-sm tabular-nums">
              <caption className="sr-only">{t("lists.atRisk.title")}</caption>
              <thead>
                <tr>
                  {[t("lists.atRisk.member"), t("lists.atRisk.lastVisit"), t("lists.atRisk.usualGap"), t("lists.atRisk.away"), t("lists.top.balance"), t("lists.atRisk.action")].map((column) => (
                    <th key={column} scope="col" className="border-b border-line px-2 py-1.5 font-semibold text-ink">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {atRisk.map((member) => (
                  <tr key={member.id} className="border-b border-line/60">
                    <th scope="row" className="px-2 py-1.5 font-normal text-ink">
                      {nameOf(member)}
                    </th>
                    <td className="px-2 py-1.5">{formatDate(new Date(member.lastVisit), timeZone, locale)}</td>
                    <td className="px-2 py-1.5">{t("lists.atRisk.days", { count: Math.round(member.usualGapDays) })}</td>
                    <td className="px-2 py-1.5">{t("lists.atRisk.days", { count: member.daysAway })}</td>
                    <td className="px-2 py-1.5">{count(member.balance)}</td>
                    <td className="px-2 py-1.5">
                      <WinBackButton slug={slug} memberId={member.id} name={nameOf(member)} queued={member.winBackQueued} reachable={member.reachable} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-sm text-ink-muted">{t("lists.atRisk.empty")}</p>
          )}
          {atRiskCount > atRisk.length ? <p className="mt-2 text-sm text-ink-muted">{t("lists.atRisk.more", { count: atRiskCount - atRisk.length })}</p> : null}
        </div>
      </Card>

      <Card className="p-4 sm:p-5">
        <CardTitle as="h3" className="text-base">{t("lists.top.title")}</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">{t("lists.top.description")}</p>
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t("lists.top.title")}>
          {topMembers.length > 0 ? (
            <DataTable
              table={{
                caption: t("lists.top.title"),
                columns: [t("lists.top.member"), t("lists.top.tier"), t("lists.top.orders"), t("lists.top.revenue"), t("lists.top.balance")],
                rows: topMembers.map((member) => [nameOf(member), member.tier ?? "", count(member.orders), money(member.revenueMinor), count(member.balance)]),
              }}
            />
          ) : (
            <p className="text-sm text-ink-muted">{t("lists.top.empty")}</p>
          )}
        </div>
      </Card>

      <div className="space-y-4">
        {[
          { id: "most", title: t("lists.rewards.most"), list: rewards.slice(0, LISTED_REWARDS) },
          { id: "least", title: t("lists.rewards.least"), list: least },
        ].map(({ id, title, list }) => (
          <Card key={id} className="p-4 sm:p-5">
            <CardTitle as="h3" className="text-base">{title}</CardTitle>
            <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
              {list.length > 0 ? (
                <DataTable
                  table={{
                    caption: title,
                    columns: [t("lists.rewards.reward"), t("lists.rewards.redemptions"), t("lists.rewards.points")],
                    rows: list.map((reward) => [reward.archived ? t("lists.rewards.archivedName", { name: reward.name }) : reward.name, count(reward.redemptions), count(reward.points)]),
                  }}
                />
              ) : (
                <p className="text-sm text-ink-muted">{t("lists.rewards.empty")}</p>
              )}
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
