import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { getMemberHistory } from "@/lib/portal/history";
import { requireMembership } from "@/lib/portal/program-access";
import { ActivityList } from "../activity-list";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("history.title") };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const { memberId, business } = await requireMembership(slug);
  const [history, t] = await Promise.all([getMemberHistory({ businessId: business.id, memberId, page: Number(page) || 1 }), getTranslations("portal")]);
  const href = (to: number) => `/portal/${slug}/history${to > 1 ? `?page=${to}` : ""}`;

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold text-ink">{t("history.title")}</h1>
        <p className="text-ink-muted">{t("history.intro", { business: business.name, count: history.total })}</p>
      </header>
      <ActivityList entries={history.entries} timeZone={business.timeZone} />
      {history.pageCount > 1 ? (
        <nav aria-label={t("history.pages")} className="flex items-center justify-between gap-3">
          {history.page > 1 ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href(history.page - 1)} rel="prev">{t("history.newer")}</Link>
            </Button>
          ) : <span />}
          <p className="text-sm text-ink-muted tabular-nums" aria-current="page">
            {t("history.page", { page: history.page, pages: history.pageCount })}
          </p>
          {history.page < history.pageCount ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href(history.page + 1)} rel="next">{t("history.older")}</Link>
            </Button>
          ) : <span />}
        </nav>
      ) : null}
    </div>
  );
}
