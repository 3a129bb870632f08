import { getTranslations } from "next-intl/server";
import { FigureGrid, type Figure } from "@/components/admin/figure-grid";
import { formatChange, formatFigure } from "@/lib/analytics/format";
import type { Metric, MetricKey } from "@/lib/analytics/overview";
import { ChangeNote } from "./change-note";
import { FormulaHint } from "./formula-hint";

type Props = {
  id: string;
  title: string;
  note?: string;
  metrics: Record<MetricKey, Metric>;
  keys: MetricKey[];
  currency: string;
  locale: string;
  className?: string;
  children?: React.ReactNode;
};

/** A titled group of figures, each with its formula and its change from the previous period. */
export async function MetricGroup({ id, title, note, metrics, keys, currency, locale, className, children }: Props) {
  const t = await getTranslations("adminAnalytics");
  const options = { locale, currency };
  const figures: Figure[] = keys.map((key) => {
    const metric = metrics[key];
    const label = t(`metrics.${key}.label`);
    const change = formatChange(metric.value, metric.previous, metric.unit, options);
    const amount = change && metric.unit === "percent" ? t("change.percentagePoints", { amount: change.amount }) : change?.amount;
    const text = !change
      ? null
      : change.direction === "same"
        ? t("change.same", { previous: change.previous })
        : change.direction === "up"
          ? t("change.up", { amount: amount!, previous: change.previous })
          : t("change.down", { amount: amount!, previous: change.previous });
    return {
      label,
      value: formatFigure(metric.value, metric.unit, options),
      hint: <FormulaHint label={t("formulaButton", { label })} formula={t(`metrics.${key}.formula`)} />,
      detail: change && text ? <ChangeNote change={change} text={text} better={metric.better} /> : undefined,
    };
  });
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {note ? <p className="mt-1 text-sm text-ink-muted">{note}</p> : null}
      <FigureGrid figures={figures} className={className ?? "mt-3 lg:grid-cols-3"} />
      {children}
    </section>
  );
}
