// How the overview prints a figure and its change: "—" for a share of nothing, percentages
// with one decimal, ROI as a multiple, money in the business's currency. Pure and locale-aware.
import { numberFormat } from "@/lib/format/intl";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { change as changeOf } from "./formulas";

export type FigureUnit = "count" | "percent" | "money" | "points" | "ratio" | "visits";
export const EMPTY = "—";

type Options = { locale: string; currency: string };

export function formatFigure(value: number | null | undefined, unit: FigureUnit, { locale, currency }: Options): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  switch (unit) {
    case "percent":
      return numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "money":
      return formatMoney(Math.round(value), currency, locale);
    case "ratio":
      return `${numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}×`;
    case "visits":
      return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    default:
      return formatPoints(Math.round(value), locale);
  }
}

export type ChangeText = { direction: "up" | "down" | "same"; amount: string; previous: string };

/**
 * The change from the previous period: relative for counts and money ("12%"), in percentage
 * points for shares ("2.1 pp"), absolute where the previous value was zero.
 */
export function formatChange(current: number | null, previous: number | null | undefined, unit: FigureUnit, options: Options): ChangeText | null {
  if (previous === undefined) return null;
  const moved = changeOf(current, previous);
  if (!moved) return null;
  const percent = (value: number) =>
    numberFormat(options.locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.abs(value));
  let amount: string;
  if (unit === "percent") {
    amount = numberFormat(options.locale, { maximumFractionDigits: 1 }).format(Math.abs(moved.absolute) * 100);
  } else if (moved.relative !== null && unit !== "ratio" && unit !== "visits") {
    amount = percent(moved.relative);
  } else {
    amount = formatFigure(Math.abs(moved.absolute), unit, options);
  }
  return { direction: moved.direction, amount, previous: formatFigure(previous, unit, options) };
}
