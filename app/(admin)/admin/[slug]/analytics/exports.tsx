import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { periodQuery, type Period } from "@/lib/analytics/period";
import { EXPORT_DATASETS } from "@/lib/analytics/schemas";

// i18n-keys: adminAnalytics.exports.figures adminAnalytics.exports.members-over-time adminAnalytics.exports.points-over-time
// i18n-keys: adminAnalytics.exports.revenue-by-tier adminAnalytics.exports.tier-distribution adminAnalytics.exports.cohort-retention
// i18n-keys: adminAnalytics.exports.redemption-cohorts adminAnalytics.exports.redemption-curves adminAnalytics.exports.top-members
// i18n-keys: adminAnalytics.exports.at-risk-members adminAnalytics.exports.rewards

/** A CSV download for every table and figure of the page, for the period shown. */
export async function ExportLinks({ slug, period }: { slug: string; period: Period }) {
  const t = await getTranslations("adminAnalytics");
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {EXPORT_DATASETS.map((dataset) => (
        <li key={dataset}>
          <a
            href={`/admin/${slug}/analytics/export/${dataset}?${periodQuery(period)}`}
            download
            className="inline-flex min-h-11 items-center gap-2 rounded-control border border-line-strong bg-surface px-4 text-sm font-semibold text-ink hover:border-brand-700 hover:bg-brand-50"
          >
            <Download aria-hidden="true" className="size-4" />
            {t(`exports.${dataset}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
