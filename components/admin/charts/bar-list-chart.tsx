"use client";

import { numberFormat } from "@/lib/format/intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./palette";

export type BarListPoint = { label: string; value: number };

/** One horizontal bar per category (revenue by tier, members by tier). */
export function BarListChart({ data, valueLabel, money }: { data: BarListPoint[]; valueLabel: string; money?: { currency: string; locale: string } }) {
  const format = (value: number) =>
    money ? numberFormat(money.locale, { style: "currency", currency: money.currency, notation: "compact" }).format(value) : numberFormat(undefined).format(value);
  return (
    <ResponsiveContainer width="100%" height={Math.max(140, 48 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={format} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={110} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Bar dataKey="value" name={valueLabel} fill={CHART_COLORS.primary} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
