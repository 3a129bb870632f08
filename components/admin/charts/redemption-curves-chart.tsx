"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, COHORT_COLORS } from "./palette";

/** One row per age (months since joining), one column per cohort: cumulative points per member. */
export type CurveRow = { age: number } & Record<string, number | null>;

export function RedemptionCurvesChart({ data, cohorts, ageLabel }: { data: CurveRow[]; cohorts: string[]; ageLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
        <XAxis dataKey="age" tick={{ fill: CHART_COLORS.text, fontSize: 12 }} label={{ value: ageLabel, position: "insideBottom", offset: -8, fill: CHART_COLORS.text, fontSize: 12 }} />
        <YAxis tick={{ fill: CHART_COLORS.text, fontSize: 12 }} width={44} />
        <Tooltip />
        <Legend verticalAlign="top" itemSorter={(item) => cohorts.indexOf(String(item.value))} />
        {cohorts.map((cohort, index) => (
          <Line key={cohort} dataKey={cohort} name={cohort} stroke={COHORT_COLORS[index % COHORT_COLORS.length]} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
