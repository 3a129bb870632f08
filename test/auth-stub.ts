// Calls server actions and route handlers in database tests as a chosen user. Next's request
// scope does not exist under Vitest, so the session source and cache invalidation are swapped:
//
//   vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
//   vi.mock("next/cache", () => import("@/test/next-cache-stub"));
//   import { actAs } from "@/test/auth-stub";
//   actAs(ownerId); const result = await someAction({ slug, … });
//   // result: next-safe-action's { data?, serverError?, validationErrors? };
//   // actAs(null) (anonymous): the guards redirect, so the call rejects with NEXT_REDIRECT.
//
// Everything below the session — roles, memberships, revocation — is the real code reading
// the real database.
type TestSession = { user: { id: string }; issuedAt: number; expires: string };

let current: TestSession | null = null;

export function actAs(userId: string | null, issuedAt = new Date()): void {
  current = userId
    ? { user: { id: userId }, issuedAt: Math.floor(issuedAt.getTime() / 1000), expires: new Date(Date.now() + 3_600_000).toISOString() }
    : null;
}

export async function auth(): Promise<TestSession | null> {
  return current;
}

export async function signIn(): Promise<never> {
  throw new Error("signIn is not available in database tests");
}

export async function signOut(): Promise<void> {
  current = null;
}

export const handlers = {
  GET: () => new Response(null, { status: 404 }),
  POST: () => new Response(null, { status: 404 }),
};
