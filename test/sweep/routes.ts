// Who may call which route handler, and how the sweep calls them: the path decides the
// audience (POS API: an API key; cron: the cron secret; admin: the business's owner; the
// portal: the signed-in person themselves), dynamic segments are filled with the victim's
// ids, and each caller brings the wrong credentials for it.
import { NextRequest } from "next/server";
import type { Persona, SweepWorld } from "./world";
import { nounOf } from "./sample-input";

type Auth = "none" | "wrongBearer" | "otherBusinessKey" | "cronSecretAsKey";

export type RouteCaller = {
  label: string;
  persona: Persona | null;
  auth: Auth;
  /** Statuses that count as refused (or, for public routes, as answered sanely) */
  expect: number[];
  /** "victim": only the victim's rows must stay as they were (the caller may change its own) */
  scope?: "victim";
};

type RouteAudience = "public" | "apiKey" | "cron" | "self" | "owner";

const anyButServerError = Array.from({ length: 400 }, (_, index) => 100 + index);

export const ROUTE_RULES: Record<RouteAudience, { callers: RouteCaller[] }> = {
  // Health, readiness, the OpenAPI document, Auth.js's own endpoints, public reward pictures
  // and the one-click unsubscribe (with a token that matches nobody): answered, nothing changed.
  public: { callers: [{ label: "anonymous", persona: null, auth: "none", expect: anyButServerError }] },
  apiKey: {
    callers: [
      { label: "no key", persona: null, auth: "none", expect: [401] },
      { label: "a member's session, no key", persona: "member", auth: "none", expect: [401] },
      { label: "the cron secret as a key", persona: null, auth: "cronSecretAsKey", expect: [401] },
      // Its own business's answers are its right (a catalog, enrolling someone); the victim's
      // rows must neither change nor show up in the answer.
      { label: "another business's key with the victim's ids", persona: null, auth: "otherBusinessKey", expect: anyButServerError, scope: "victim" },
    ],
  },
  cron: {
    callers: [
      { label: "no secret", persona: null, auth: "none", expect: [401] },
      { label: "a wrong secret", persona: null, auth: "wrongBearer", expect: [401] },
      { label: "an owner's session", persona: "ownerOfOther", auth: "none", expect: [401] },
      { label: "an API key", persona: null, auth: "otherBusinessKey", expect: [401] },
    ],
  },
  self: { callers: [{ label: "anonymous", persona: null, auth: "none", expect: [401] }] },
  owner: {
    callers: [
      { label: "anonymous", persona: null, auth: "none", expect: [401, 404] },
      { label: "a member", persona: "member", auth: "none", expect: [403, 404] },
      { label: "a member of another business", persona: "memberOfOther", auth: "none", expect: [403, 404] },
      { label: "the owner of another business", persona: "ownerOfOther", auth: "none", expect: [403, 404] },
      { label: "staff without the owner's role", persona: "staffOfVictim", auth: "none", expect: [403, 404] },
    ],
  },
};

const PUBLIC_ROUTES = new Set([
  "/api/health",
  "/api/ready",
  "/api/v1/openapi.json",
  "/api/auth/[...nextauth]",
  "/media/rewards/[id]",
  "/unsubscribe/[token]/one-click",
]);
const SELF_ROUTES = new Set(["/portal/profile/export"]);

export function routeAudience(path: string): RouteAudience | undefined {
  if (PUBLIC_ROUTES.has(path)) return "public";
  if (SELF_ROUTES.has(path)) return "self";
  if (path.startsWith("/api/v1/")) return "apiKey";
  if (path.startsWith("/api/cron/")) return "cron";
  if (path.startsWith("/admin/[slug]/")) return "owner";
  return undefined;
}

function fillParams(path: string, world: SweepWorld): { url: string; params: Record<string, string | string[]> } {
  const target = world.victim.target;
  const params: Record<string, string | string[]> = {};
  const segments = path.split("/").map((segment, index, all) => {
    const match = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
    if (!match) return segment;
    const name = match[2]!;
    let value: string;
    if (match[1]) value = "session";
    else if (name === "slug") value = target.slug;
    else if (name === "code") value = target.code;
    else if (name === "token") value = "sweep-token-that-matches-nobody";
    else {
      const noun = name === "id" ? (path.startsWith("/media/") ? "rewardImage" : nounOf(all[index - 1] ?? "")) : nounOf(name);
      value = target.ids[noun] ?? target.fallbackId;
    }
    params[name] = match[1] ? [value] : value;
    return value;
  });
  return { url: `http://localhost${segments.join("/")}`, params };
}

export async function callRoute(
  route: { path: string; method: string; handler: (request: Request, context: { params: Promise<unknown> }) => Promise<Response> },
  caller: RouteCaller,
  world: SweepWorld,
): Promise<{ status: number; detail: string; body: string }> {
  const { url, params } = fillParams(route.path, world);
  const headers = new Headers({ "content-type": "application/json", "idempotency-key": `sweep-${crypto.randomUUID()}` });
  if (caller.auth === "wrongBearer") headers.set("authorization", `Bearer ${"w".repeat(40)}`);
  if (caller.auth === "otherBusinessKey") headers.set("authorization", `Bearer ${world.other.apiKey.key}`);
  if (caller.auth === "cronSecretAsKey") headers.set("authorization", `Bearer ${process.env.CRON_SECRET}`);
  const target = world.victim.target;
  const body =
    route.method === "GET" || route.method === "DELETE"
      ? undefined
      : JSON.stringify({ memberId: target.ids.member, rewardId: target.ids.reward, amount: 1_000, currency: "PHP", externalId: `sweep-${crypto.randomUUID()}`, action: "google-review", email: target.email });
  const request = new NextRequest(url, { method: route.method, headers, body });
  try {
    const response = await route.handler(request, { params: Promise.resolve(params) });
    const text = await response.text();
    return { status: response.status, detail: text.slice(0, 200), body: text };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? (error as Error).message);
    // A guard's redirect to the sign-in page, or its 404, is a refusal too.
    if (digest.startsWith("NEXT_REDIRECT")) return { status: 307, detail: digest.slice(0, 120), body: "" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { status: 404, detail: "notFound()", body: "" };
    return { status: 599, detail: `threw ${digest.slice(0, 200)}`, body: "" };
  }
}
