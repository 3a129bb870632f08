// Failed password sign-ins are counted per account and per IP in PostgreSQL (RateLimit
// table), so every app instance sees the same counts. A success clears the account's count.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { log, maskEmails } from "@/lib/log";

const FIFTEEN_MINUTES = 15 * 60;

export type SignInLimits = ReturnType<typeof createSignInLimits>;

export function createSignInLimits(db: Db) {
  const perAccount = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "signin-account",
    points: 5,
    duration: FIFTEEN_MINUTES,
    clearExpiredByTimeout: false,
  });
  const perIp = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "signin-ip",
    points: 30,
    duration: FIFTEEN_MINUTES,
    clearExpiredByTimeout: false,
  });

  return {
    /** Seconds until the caller may try again, or 0 when allowed. */
    async retryAfter(email: string, ip: string): Promise<number> {
      const [account, address] = await Promise.all([perAccount.get(email), perIp.get(ip)]);
      const blocked = [
        account && account.consumedPoints >= 5 ? account : null,
        address && address.consumedPoints >= 30 ? address : null,
      ].filter((result): result is RateLimiterRes => result !== null);
      if (blocked.length === 0) return 0;
      return Math.ceil(Math.max(...blocked.map((result) => result.msBeforeNext)) / 1000);
    },
    async recordFailure(email: string, ip: string): Promise<void> {
      const [account, address] = await Promise.all([perAccount.penalty(email, 1), perIp.penalty(ip, 1)]);
      // Sign-in abuse belongs to no business, so it goes to the log rather than the audit trail,
      // once per lock-out (the attempt that reaches the limit).
      if (account.consumedPoints === 5) log.warn("abuse limit reached", { limit: "signin-account", account: maskEmails(email), ip });
      if (address.consumedPoints === 30) log.warn("abuse limit reached", { limit: "signin-ip", ip });
    },
    async recordSuccess(email: string): Promise<void> {
      await perAccount.delete(email);
    },
  };
}
