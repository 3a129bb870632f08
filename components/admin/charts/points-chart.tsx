"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./palette";

const ORDER = ["issued", "redeemed", "expired"];

export type PointsPoint = { label: string; issued: number; redeemed: number; expired: number };

/** Points issued, redeemed and expired per bucket, side by side. */
export function PointsChart({ data, labels }: { data: PointsPoint[]; labels: { issued: string; redeemed: string; expired: string } }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLORS.text, fontSize: 12 }} minTickGap={16} />
        <YAxis allowDecimals={false} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} width={48} />
        <Tooltip />
        <Legend itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
        <Bar dataKey="issued" name={labels.issued} fill={CHART_COLORS.primary} isAnimationActive={false} />
        <Bar dataKey="redeemed" name={labels.redeemed} fill={CHART_COLORS.good} isAnimationActive={false} />
        <Bar dataKey="expired" name={labels.expired} fill={CHART_COLORS.muted} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
