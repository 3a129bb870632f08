import { ReceiptText } from "lucide-react";

import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { describeLedgerEntry, type DescribableEntry } from "@/lib/portal/ledger-descriptions";
import { cn } from "@/lib/utils/cn";

type Entry = DescribableEntry & { id: string; createdAt: Date; purchase?: { amountMinor: number; currency: string } | null };

/** Ledger entries as a list: what happened, when (shop's time zone) and the signed points. */
export function ActivityList({ entries, timeZone, locale }: { entries: Entry[]; timeZone: string; locale: string }) {
  if (entries.length === 0) {
    return <EmptyState icon={<ReceiptText />} headingLevel="h3" title="Nothing here yet" text="Your points and rewards will show up here after your first visit." />;
  }
  return (
    <ul className="divide-y divide-line rounded-card border border-line bg-surface">
      {entries.map((entry) => (
        <li key={entry.id} className="flex items-center justify-between gap-4 px-4 py-3">
          <div className="min-w-0">
            <p className="font-medium text-ink">{describeLedgerEntry(entry)}</p>
            <p className="text-sm text-ink-muted">
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, timeZone, locale)}</time>
              {entry.purchase ? ` · ${formatMoney(entry.purchase.amountMinor, entry.purchase.currency, locale)}` : null}
            </p>
          </div>
          <p className={cn("shrink-0 font-semibold tabular-nums", entry.points > 0 ? "text-green-800" : "text-ink")}>
            {entry.points > 0 ? "+" : "−"}
            {formatPoints(Math.abs(entry.points))}
            <span className="sr-only"> points</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
