import { getLocale, getTranslations } from "next-intl/server";
import { ReceiptText } from "lucide-react";

import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { describeLedgerEntry, type DescribableEntry } from "@/lib/portal/ledger-descriptions";
import { cn } from "@/lib/utils/cn";

type Entry = DescribableEntry & { id: string; createdAt: Date; purchase?: { amountMinor: number; currency: string } | null };

/** Ledger entries as a list: what happened, when (shop's time zone) and the signed points. */
export async function ActivityList({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  // Descriptions are full keys (portal.ledger.*), so this translator has no namespace.
  const [t, translate, locale] = await Promise.all([getTranslations("portal"), getTranslations(), getLocale()]);
  if (entries.length === 0) {
    return <EmptyState icon={<ReceiptText />} headingLevel="h3" title={t("activity.emptyTitle")} text={t("activity.emptyText")} />;
  }
  return (
    <ul className="divide-y divide-line rounded-card border border-line bg-surface">
      {entries.map((entry) => {
        const description = describeLedgerEntry(entry);
        return (
          <li key={entry.id} className="flex items-center justify-between gap-4 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-ink">{translate(description.key, description.values)}</p>
              <p className="text-sm text-ink-muted">
                <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, timeZone, locale)}</time>
                {entry.purchase ? ` · ${formatMoney(entry.purchase.amountMinor, entry.purchase.currency, locale)}` : null}
              </p>
            </div>
            <p className={cn("shrink-0 font-semibold tabular-nums", entry.points > 0 ? "text-green-800" : "text-ink")}>
              {entry.points > 0 ? "+" : "−"}
              {formatPoints(Math.abs(entry.points), locale)}
              <span className="sr-only"> {t("pointsWord", { count: Math.abs(entry.points) })}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
