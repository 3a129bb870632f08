import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { MemberListRow } from "@/lib/admin/members-list";
import type { MemberSort } from "@/lib/admin/members-schemas";
import { formatDate } from "@/lib/format/dates";
import { formatPoints } from "@/lib/format/money";

const SORT_LABEL = { joined: "sortJoined", lastVisit: "sortLastVisit", balance: "sortBalance", earned: "sortEarned", spent: "sortSpent" } as const;

type Props = { rows: MemberListRow[]; base: string; sort: MemberSort; locale: string; timeZone: string };

export async function MembersTable({ rows, base, sort, locale, timeZone }: Props) {
  const t = await getTranslations("adminMembers");
  const head = "px-3 py-2.5 font-semibold";
  const cell = "px-3 py-3 align-top";
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{t("table.caption", { sort: t(`filters.${SORT_LABEL[sort]}`) })}</caption>
        <thead className="border-b border-line bg-stone-50 text-ink-muted">
          <tr>
            <th scope="col" className={head}>{t("table.member")}</th>
            <th scope="col" className={`${head} text-right`}>{t("table.number")}</th>
            <th scope="col" className={head}>{t("table.tier")}</th>
            <th scope="col" className={`${head} text-right`}>{t("table.balance")}</th>
            <th scope="col" className={`${head} hidden text-right lg:table-cell`}>{t("table.earned")}</th>
            <th scope="col" className={`${head} hidden text-right lg:table-cell`}>{t("table.spent")}</th>
            <th scope="col" className={`${head} hidden md:table-cell`}>{t("table.joined")}</th>
            <th scope="col" className={head}>{t("table.lastVisit")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-line first:border-t-0 hover:bg-brand-50/50">
              <td className={cell}>
                <Link href={`${base}/${row.id}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                  {row.name ?? t("table.noName")}
                </Link>
                <p className="text-ink-muted">{row.email ?? t("table.noEmail")}</p>
                {row.phone ? <p className="text-ink-muted tabular-nums">{row.phone}</p> : null}
                <div className="mt-1 flex flex-wrap gap-1">
                  {row.atRisk ? <Badge variant="warning">{t("table.atRisk")}</Badge> : null}
                  {row.status === "SUSPENDED" ? <Badge variant="danger">{t("table.suspended")}</Badge> : null}
                  {row.status === "DELETED" ? <Badge variant="neutral">{t("table.deleted")}</Badge> : null}
                </div>
              </td>
              <td className={`${cell} text-right tabular-nums`}>{row.number}</td>
              <td className={cell}>{row.tierName ?? "—"}</td>
              <td className={`${cell} text-right font-semibold tabular-nums`}>{formatPoints(row.balance, locale)}</td>
              <td className={`${cell} hidden text-right tabular-nums lg:table-cell`}>{formatPoints(row.lifetimeEarned, locale)}</td>
              <td className={`${cell} hidden text-right tabular-nums lg:table-cell`}>{formatPoints(row.lifetimeSpent, locale)}</td>
              <td className={`${cell} hidden whitespace-nowrap md:table-cell`}>{formatDate(row.joinedAt, timeZone, locale)}</td>
              <td className={`${cell} whitespace-nowrap`}>{row.lastActivityAt ? formatDate(row.lastActivityAt, timeZone, locale) : t("table.never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
