import { dateTimeFormat } from "@/lib/format/intl";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PRESETS, type Period } from "@/lib/analytics/period";
import { cn } from "@/lib/utils/cn";

type Props = { slug: string; period: Period; today: string; timeZone: string; locale: string };

/**
 * The period lives in the URL: presets are links, the custom period a plain GET form, so the
 * picker works before (and without) JavaScript and every view can be bookmarked or shared.
 */
export async function PeriodPicker({ slug, period, today, timeZone, locale }: Props) {
  const t = await getTranslations("adminAnalytics");
  const day = (value: string) => dateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(new Date(`${value}T12:00:00Z`));
  return (
    <div className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <nav aria-label={t("period.label")}>
          <ul className="flex flex-wrap gap-2">
            {PRESETS.map((days) => {
              const current = period.preset === days;
              return (
                <li key={days}>
                  <Link
                    href={`/admin/${slug}?range=${days}`}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "inline-flex min-h-11 items-center rounded-control border px-4 text-sm font-semibold transition-colors",
                      current ? "border-brand-700 bg-brand-700 text-white" : "border-line-strong bg-surface text-ink hover:border-brand-700 hover:bg-brand-50",
                    )}
                  >
                    {t("period.last", { days })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <form method="get" action={`/admin/${slug}`} className="flex flex-wrap items-end gap-2" aria-label={t("period.custom")}>
          <div>
            <Label htmlFor="period-from">{t("period.from")}</Label>
            <Input id="period-from" name="from" type="date" required defaultValue={period.from} max={today} className="w-auto" />
          </div>
          <div>
            <Label htmlFor="period-to">{t("period.to")}</Label>
            <Input id="period-to" name="to" type="date" required defaultValue={period.to} max={today} className="w-auto" />
          </div>
          <Button type="submit" variant="secondary">
            {t("period.show")}
          </Button>
        </form>
      </div>
      <p className="mt-3 text-sm text-ink-muted">
        <strong className="font-semibold text-ink">{t("period.showing", { from: day(period.from), to: day(period.to) })}</strong>{" "}
        {t("period.comparedWith", { from: day(period.previous.from), to: day(period.previous.to), timeZone })}
      </p>
    </div>
  );
}
