"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./palette";

export type MembersPoint = { label: string; joined: number; members: number };

/** New members per bucket (bars) and members in all (line, right axis). */
export function MembersChart({ data, joinedLabel, totalLabel }: { data: MembersPoint[]; joinedLabel: string; totalLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLORS.text, fontSize: 12 }} minTickGap={16} />
        <YAxis yAxisId="joined" allowDecimals={false} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} width={40} />
        <YAxis yAxisId="total" orientation="right" allowDecimals={false} tick={{ fill: CHART_COLORS.text, fontSize: 12 }} width={48} />
        <Tooltip />
        <Legend itemSorter="dataKey" />
        <Bar yAxisId="joined" dataKey="joined" name={joinedLabel} fill={CHART_COLORS.secondary} isAnimationActive={false} />
        <Line yAxisId="total" dataKey="members" name={totalLabel} stroke={CHART_COLORS.primary} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
