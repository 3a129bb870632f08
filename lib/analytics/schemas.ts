// Inputs of the overview's actions and exports, shared by the forms and the server.
import { z } from "zod";

const MAX_MINOR = 1_000_000_000;

export const updateRoiInputsSchema = z.object({
  slug: z.string().min(1),
  /** What one point costs the business when redeemed (reward cost per point) */
  pointValueMinor: z.number().int().min(0).max(1_000_000),
  programCostMonthlyMinor: z.number().int().min(0).max(MAX_MINOR),
  emailCostPerThousandMinor: z.number().int().min(0).max(MAX_MINOR),
});
export type UpdateRoiInputsInput = z.infer<typeof updateRoiInputsSchema>;

export const sendWinBackSchema = z.object({ slug: z.string().min(1), memberId: z.string().min(1).max(100) });
export type SendWinBackInput = z.infer<typeof sendWinBackSchema>;

export const EXPORT_DATASETS = [
  "figures",
  "members-over-time",
  "points-over-time",
  "revenue-by-tier",
  "tier-distribution",
  "cohort-retention",
  "redemption-cohorts",
  "redemption-curves",
  "top-members",
  "at-risk-members",
  "rewards",
] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export function isExportDataset(value: string): value is ExportDataset {
  return (EXPORT_DATASETS as readonly string[]).includes(value);
}
