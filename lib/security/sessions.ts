// "Sign out everywhere": every session token issued before now stops working on its next
// request. Sessions are JWTs (nothing to delete); lib/auth/guards.ts compares the token's
// sign-in time with User.sessionsValidAfter on every request.
import "server-only";
import { db } from "@/lib/db/client";

export async function revokeAllSessions(userId: string, now = new Date()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: now } });
  // Database sessions are unused with JWTs, but none may outlive the revocation either.
  await db.session.deleteMany({ where: { userId } });
}
