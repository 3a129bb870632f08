"use client";

import { useTranslations } from "next-intl";

/** The import's progress: a labelled progressbar that screen readers announce as it moves. */
export function ImportProgress({ processed, total }: { processed: number; total: number }) {
  const t = useTranslations("adminImport.progress");
  const percent = total > 0 ? Math.min(100, Math.floor((processed / total) * 100)) : 0;
  return (
    <div className="space-y-2">
      <div className="flex justify-between text-sm">
        <span id="import-progress-label" className="font-semibold text-ink">
          {t("label")}
        </span>
        <span className="tabular-nums text-ink-muted">{t("percent", { percent })}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
