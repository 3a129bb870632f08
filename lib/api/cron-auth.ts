// The cron routes' bearer check: `Authorization: Bearer $CRON_SECRET`, compared in constant
// time (over SHA-256 digests, so lengths never leak either), failing closed when the secret
// is unset or short.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env.js";

export function isCronAuthorized(request: Request, secret: string | undefined = env.CRON_SECRET): boolean {
  if (!secret || secret.length < 32) return false;
  const given = request.headers.get("authorization") ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(`Bearer ${secret}`));
}
