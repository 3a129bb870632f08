import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { formatPoints } from "@/lib/format/money";
import { getMemberHistory } from "@/lib/portal/history";
import { requireMembership } from "@/lib/portal/program-access";
import { ActivityList } from "../activity-list";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ slug }, { page }] = await Promise.all([params, searchParams]);
  const { memberId, business } = await requireMembership(slug);
  const history = await getMemberHistory({ businessId: business.id, memberId, page: Number(page) || 1 });
  const href = (to: number) => `/portal/${slug}/history${to > 1 ? `?page=${to}` : ""}`;

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold text-ink">History</h1>
        <p className="text-ink-muted">
          Every point earned and spent at {business.name}
          {history.total > 0 ? ` (${formatPoints(history.total)} entries)` : ""}.
        </p>
      </header>
      <ActivityList entries={history.entries} timeZone={business.timeZone} locale={business.locale} />
      {history.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3">
          {history.page > 1 ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href(history.page - 1)} rel="prev">Newer</Link>
            </Button>
          ) : <span />}
          <p className="text-sm text-ink-muted tabular-nums" aria-current="page">
            Page {history.page} of {history.pageCount}
          </p>
          {history.page < history.pageCount ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href(history.page + 1)} rel="next">Older</Link>
            </Button>
          ) : <span />}
        </nav>
      ) : null}
    </div>
  );
}
