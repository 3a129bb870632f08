// "Last active" on the staff page: stamped when someone opens the admin area of a business,
// at most once per THROTTLE per person and business, so browsing costs one UPDATE that
// usually matches no row (the WHERE clause is the throttle; no read first, no race).
import "server-only";
import { db } from "@/lib/db/client";

export const ACTIVITY_THROTTLE_MS = 5 * 60_000;

/** Returns whether the stamp moved. */
export async function touchStaffActivity(userId: string, businessId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.staffRole.updateMany({
    where: { userId, businessId, OR: [{ lastActiveAt: null }, { lastActiveAt: { lt: new Date(now.getTime() - ACTIVITY_THROTTLE_MS) } }] },
    data: { lastActiveAt: now },
  });
  return count > 0;
}
