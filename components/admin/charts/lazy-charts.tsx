"use client";

// The charts load after the page (recharts is the heaviest part of it) and draw in the
// browser only, where they can measure their width; a placeholder of the same height holds
// the layout meanwhile.
import dynamic from "next/dynamic";

function placeholder(height: number) {
  function ChartPlaceholder() {
    return <div aria-hidden="true" className="animate-pulse rounded-control bg-stone-100" style={{ height }} />;
  }
  return ChartPlaceholder;
}

export const LazyMembersChart = dynamic(() => import("./members-chart").then((module) => module.MembersChart), { ssr: false, loading: placeholder(260) });
export const LazyPointsChart = dynamic(() => import("./points-chart").then((module) => module.PointsChart), { ssr: false, loading: placeholder(260) });
export const LazyBarListChart = dynamic(() => import("./bar-list-chart").then((module) => module.BarListChart), { ssr: false, loading: placeholder(160) });
export const LazyRedemptionCurvesChart = dynamic(() => import("./redemption-curves-chart").then((module) => module.RedemptionCurvesChart), {
  ssr: false,
  loading: placeholder(280),
});
