import "server-only";
import { db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";
import { createSignInLimits } from "./sign-in-limits";

const limits = createSignInLimits(db);

export type PasswordCheck =
  | { status: "ok"; user: { id: string; email: string; name: string | null } }
  | { status: "wrong" }
  | { status: "rate_limited"; retryAfterSeconds: number };

/** Verifies a password sign-in, counting failures per account and per IP. */
export async function checkPassword(email: string, password: string, ip: string): Promise<PasswordCheck> {
  const retryAfterSeconds = await limits.retryAfter(email, ip);
  if (retryAfterSeconds > 0) return { status: "rate_limited", retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await burnPasswordCheck(password), false);

  if (!ok || !user) {
    await limits.recordFailure(email, ip);
    return { status: "wrong" };
  }
  await limits.recordSuccess(email);
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}

export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  return limits.retryAfter(email, ip);
}
