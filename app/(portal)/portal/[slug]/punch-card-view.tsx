import { getTranslations } from "next-intl/server";
import { Check, Coffee } from "lucide-react";

import { cn } from "@/lib/utils/cn";

type PunchCardViewProps = { name: string; stampsRequired: number; stamps: number; rewardName: string | null };

/** A loyalty card drawn as a card: one circle per stamp, filled ones checked. */
export async function PunchCardView({ name, stampsRequired, stamps, rewardName }: PunchCardViewProps) {
  const t = await getTranslations("portal");
  const left = Math.max(0, stampsRequired - stamps);
  return (
    <div className="rounded-card border border-brand-200 bg-brand-50 p-4">
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="font-semibold text-ink">{name}</h3>
        <p className="text-sm text-ink-muted tabular-nums">{t("stamps.count", { stamps, required: stampsRequired })}</p>
      </div>
      <ol
        className="mt-3 grid grid-cols-5 gap-2"
        aria-label={t("stamps.collected", { stamps, required: stampsRequired })}
      >
        {Array.from({ length: stampsRequired }, (_, index) => {
          const filled = index < stamps;
          return (
            <li
              key={index}
              aria-hidden="true"
              className={cn(
                "grid aspect-square place-items-center rounded-full border-2",
                filled ? "border-brand-700 bg-brand-700 text-white" : "border-dashed border-line-strong bg-surface text-line-strong",
              )}
            >
              {filled ? <Check className="size-4" strokeWidth={3} /> : <Coffee className="size-4" />}
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-sm text-ink-muted">
        {left === 0
          ? t("stamps.full")
          : rewardName
            ? t("stamps.moreFor", { count: left, reward: rewardName.toLowerCase() })
            : t("stamps.more", { count: left })}
      </p>
    </div>
  );
}
