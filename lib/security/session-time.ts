// The sign-in time a session carries, which "sign out everywhere" compares against
// (User.sessionsValidAfter, lib/auth/guards.ts). Not the JWT's `iat`: Auth.js re-signs the
// token with a fresh `iat` whenever the session is read, so a revoked token that asked for
// /api/auth/session would come back looking new. The time goes into a claim of its own,
// set at sign-in and copied on every refresh.
type Token = { iat?: unknown; authTime?: unknown; sub?: string | null };

/** Auth.js `jwt` callback body: `user` is present only at sign-in. */
export function stampSignInTime<T extends Token>(token: T, user: { id?: string | null } | undefined, now = Date.now()): T & { authTime: number } {
  if (user?.id) {
    token.sub = user.id;
    token.authTime = Math.floor(now / 1000);
  }
  // Tokens issued before this claim existed: their current iat is the best we know.
  if (typeof token.authTime !== "number") token.authTime = typeof token.iat === "number" ? token.iat : 0;
  return token as T & { authTime: number };
}

/** Seconds since the epoch when the person signed in (0: unknown, refused by any revocation). */
export function signInTimeOf(token: Token): number {
  return typeof token.authTime === "number" ? token.authTime : 0;
}
