// Runs the engine's expiry for every business (lib/loyalty/expiry.ts owns the rules).
import "server-only";
import { db } from "@/lib/db/client";
import { expirePoints, type ExpiryRun } from "@/lib/loyalty/expiry";

export async function expireAllBusinesses(now = new Date()): Promise<ExpiryRun & { businesses: number }> {
  const businesses = await db.business.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  const total = { businesses: businesses.length, membersTouched: 0, lotsExpired: 0, pointsExpired: 0, vouchersExpired: 0 };
  for (const { id } of businesses) {
    const run = await expirePoints(id, now);
    total.membersTouched += run.membersTouched;
    total.lotsExpired += run.lotsExpired;
    total.pointsExpired += run.pointsExpired;
    total.vouchersExpired += run.vouchersExpired;
  }
  return total;
}
