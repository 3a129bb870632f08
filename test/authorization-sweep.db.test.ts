// The authorization sweep: EVERY server action and route handler of the app, found by reading
// the source tree (test/sweep/discover.ts), is called by people who must be refused —
// anonymous, a member, a member or the owner of another business, staff without the owner's
// role — with an input naming the victim business's slug and real ids of its rows. Each call
// must be refused and leave the database exactly as it was. Actions nobody listed here are
// still swept: the path decides who may call them (admin pages: owners; the portal: members)
// and a generic input is built from the action's own zod schema; an action whose input never
// validates, or that is not refused, fails the sweep with its name.
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
vi.mock("next-auth", () => import("@/test/sweep/next-auth-stub"));
vi.mock("next-auth/providers/credentials", () => ({ default: (options: unknown) => ({ id: "credentials", options }) }));
vi.mock("next-auth/providers/resend", () => ({ default: (options: unknown) => ({ id: "resend", options }) }));
import { actAs } from "@/test/auth-stub";
import { HTTP_METHODS, routeModules, routePath, serverActionModules } from "@/test/sweep/discover";
import { sampleInput, validates, type VictimIds } from "@/test/sweep/sample-input";
import { captureActionSchemas, inputSchemaOf } from "@/test/sweep/schema-capture";
import { changedTables, snapshot } from "@/test/sweep/snapshot";
import { createSweepWorld, type Persona, type SweepWorld } from "@/test/sweep/world";
import { callRoute, ROUTE_RULES, routeAudience } from "@/test/sweep/routes";

captureActionSchemas();

type Audience = "public" | "self" | "member" | "staff" | "owner";

// Open to anyone: they only touch the caller's own browser session.
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/(auth)/login/actions.ts#signInWithPasswordAction": "the sign-in form",
  "app/(auth)/login/actions.ts#requestSignInLinkAction": "the sign-in form (limited per address)",
  "app/(auth)/sign-out-action.ts#signOutAction": "ends the caller's own session",
  "app/(auth)/language-actions.ts#chooseLanguageAction": "a cookie in the caller's own browser",
};

// Any signed-in person, acting on themselves only: only anonymous callers are refused.
const SELF_ACTIONS: Record<string, string> = {
  "app/(portal)/portal/profile/actions.ts#updateProfileAction": "the caller's own profile",
  "app/(portal)/portal/profile/actions.ts#unsubscribeAllAction": "the caller's own email switches",
  "app/(portal)/portal/profile/actions.ts#signOutEverywhereAction": "the caller's own sessions",
  "app/(portal)/portal/profile/actions.ts#deleteAccountAction": "the caller's own account",
  "app/(marketing)/join/[slug]/actions.ts#joinProgramAction": "joining a program is open to everyone",
  "app/(auth)/language-actions.ts#saveLanguageAction": "the caller's own language",
  "app/(admin)/admin/actions.ts#createBusinessAction": "anyone may start a business of their own",
  "app/(admin)/admin/actions.ts#checkSlugAction": "read-only: is a slug free",
};

// Admin actions the business's STAFF may use (counter and member look-up); every other admin
// action is for owners only.
const STAFF_ACTIONS = new Set([
  "app/(admin)/admin/[slug]/counter/actions.ts#findCounterMemberAction",
  "app/(admin)/admin/[slug]/counter/actions.ts#loadCounterMemberAction",
  "app/(admin)/admin/[slug]/counter/actions.ts#recordCounterPurchaseAction",
  "app/(admin)/admin/[slug]/counter/actions.ts#refundCounterPurchaseAction",
  "app/(admin)/admin/[slug]/counter/actions.ts#checkCounterVoucherAction",
  "app/(admin)/admin/[slug]/counter/actions.ts#markCounterVoucherUsedAction",
  "app/(admin)/admin/[slug]/members/[id]/actions.ts#addMemberNoteAction",
  "app/(admin)/admin/[slug]/members/[id]/actions.ts#sendPersonalNoteAction",
]);

// Inputs the generic builder cannot make valid (cross-field rules, fixed words): given the
// generic sample, they return a valid one.
const INPUTS: Record<string, (sample: Record<string, unknown>) => unknown> = {
  "app/(portal)/portal/profile/actions.ts#deleteAccountAction": () => ({ confirmation: "DELETE" }),
  "app/(admin)/admin/[slug]/rewards/actions.ts#createRewardAction": (sample) => ({ ...sample, kind: "FREE_ITEM" }),
  "app/(admin)/admin/[slug]/rewards/actions.ts#updateRewardAction": (sample) => ({ ...sample, kind: "FREE_ITEM" }),
};

function audienceOf(key: string): Audience | undefined {
  if (key in PUBLIC_ACTIONS) return "public";
  if (key in SELF_ACTIONS) return "self";
  if (STAFF_ACTIONS.has(key)) return "staff";
  if (key.startsWith("app/(admin)/")) return "owner";
  if (key.startsWith("app/(portal)/")) return "member";
  return undefined;
}

const REFUSED: Record<Audience, Persona[]> = {
  public: [],
  self: ["anonymous"],
  member: ["anonymous", "memberOfOther", "ownerOfOther", "staffOfVictim"],
  staff: ["anonymous", "member", "memberOfOther", "ownerOfOther"],
  owner: ["anonymous", "member", "memberOfOther", "ownerOfOther", "staffOfVictim"],
};

type Action = (input: unknown) => Promise<{ data?: unknown; serverError?: unknown; validationErrors?: unknown } | undefined>;
type Outcome = { kind: "refused" | "allowed" | "invalid" | "crashed"; detail: string };

const GENERIC = /something went wrong/i;

async function attempt(action: Action, input: unknown): Promise<Outcome> {
  try {
    const result = await action(input);
    if (result?.serverError !== undefined) {
      const message = String(result.serverError);
      return GENERIC.test(message) ? { kind: "crashed", detail: `generic server error: ${message}` } : { kind: "refused", detail: message };
    }
    if (result?.validationErrors !== undefined) return { kind: "invalid", detail: JSON.stringify(result.validationErrors).slice(0, 300) };
    return { kind: "allowed", detail: JSON.stringify(result?.data ?? null).slice(0, 200) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? (error as Error).message ?? error);
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "refused", detail: "redirect" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404") || digest.startsWith("NEXT_NOT_FOUND")) return { kind: "refused", detail: "not found" };
    return { kind: "crashed", detail: `threw ${digest.slice(0, 200)}` };
  }
}

function mentionsVictim(value: unknown, target: VictimIds, inText = false): boolean {
  const victimValues = new Set([...Object.values(target.ids), target.code]);
  if (inText) return [...victimValues].some((secret) => String(value).includes(secret));
  const visit = (item: unknown): boolean =>
    typeof item === "string" ? victimValues.has(item) : Array.isArray(item) ? item.some(visit) : item !== null && typeof item === "object" ? Object.values(item).some(visit) : false;
  return visit(value);
}

const world: SweepWorld = await createSweepWorld();

const actions: { key: string; action: Action }[] = [];
const notActions: string[] = [];
for (const file of serverActionModules()) {
  const exports = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === "function") actions.push({ key: `${file}#${name}`, action: value as Action });
    else notActions.push(`${file}#${name}`);
  }
}

describe("server actions", () => {
  it("finds the app's actions (the sweep is not sweeping nothing)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
    // Every export of a "use server" module is a public endpoint (STYLE.md): functions only.
    expect(notActions).toEqual([]);
    expect(actions.map((entry) => entry.key)).toEqual(expect.arrayContaining(["app/(portal)/portal/[slug]/rewards/actions.ts#redeemRewardAction", "app/(admin)/admin/[slug]/webhooks/actions.ts#createWebhookEndpointAction"]));
  });

  it.each(actions.map((entry) => [entry.key, entry]))("%s refuses everyone it must and changes nothing", async (key, { action }) => {
    const audience = audienceOf(key);
    expect(audience, `${key} is in no known area: say who may call it (PUBLIC_ACTIONS, SELF_ACTIONS or STAFF_ACTIONS)`).toBeDefined();
    if (audience === "public") {
      expect(PUBLIC_ACTIONS[key]).toBeTruthy();
      return;
    }
    const schema = inputSchemaOf(action);
    const build = (target: VictimIds) => {
      const sample = (schema ? sampleInput(schema as never, target) : {}) as Record<string, unknown>;
      return INPUTS[key] ? INPUTS[key](sample) : sample;
    };
    const input = build(world.victim.target);
    const problems: string[] = [];

    for (const persona of REFUSED[audience!]) {
      actAs(world.personas[persona]);
      const before = await snapshot();
      const outcome = await attempt(action, input);
      const changed = changedTables(before, await snapshot());
      if (outcome.kind === "allowed") problems.push(`${persona}: NOT REFUSED, answered ${outcome.detail}`);
      if (outcome.kind === "crashed") problems.push(`${persona}: crashed instead of refusing (${outcome.detail})`);
      if (outcome.kind === "invalid") problems.push(`${persona}: input did not validate, so the check was never reached (${outcome.detail}); add an INPUTS entry`);
      if (changed.length > 0) problems.push(`${persona}: CHANGED ${changed.join(", ")}`);
    }

    // The other business's own people naming the victim's ids under their own slug: whatever
    // the answer, nothing of the victim's may change.
    const crossPersona: Persona | undefined = audience === "owner" || audience === "staff" ? "ownerOfOther" : audience === "member" ? "memberOfOther" : undefined;
    const crossInput = build(world.other.target);
    if (crossPersona && mentionsVictim(crossInput, world.victim.target)) {
      if (schema && !(await validates(schema, crossInput)).ok) {
        problems.push(`cross-tenant input does not validate (${(await validates(schema, crossInput)).issues.join("; ")}); add an INPUTS entry`);
      } else {
        actAs(world.personas[crossPersona]);
        const before = await snapshot(world.victim.businessId);
        const outcome = await attempt(action, crossInput);
        const changed = changedTables(before, await snapshot(world.victim.businessId));
        if (outcome.kind === "crashed") problems.push(`${crossPersona} with own slug and victim ids: crashed (${outcome.detail})`);
        if (changed.length > 0) problems.push(`${crossPersona} with own slug and victim ids: CHANGED the victim's ${changed.join(", ")}`);
      }
    }
    expect(problems, key).toEqual([]);
  });
});

const routes: { key: string; path: string; method: string; handler: (request: Request, context: { params: Promise<unknown> }) => Promise<Response> }[] = [];
for (const file of routeModules()) {
  const exports = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    const handler = exports[method];
    if (typeof handler === "function") routes.push({ key: `${method} ${routePath(file)}`, path: routePath(file), method, handler: handler as never });
  }
}

describe("route handlers", () => {
  it("finds the app's routes", () => {
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(["POST /api/v1/purchases", "GET /api/cron/outbox", "GET /portal/profile/export"]));
  });

  it.each(routes.map((route) => [route.key, route]))("%s refuses callers without the right credentials and changes nothing", async (key, route) => {
    const audience = routeAudience(route.path);
    expect(audience, `${key} is in no known area: add it to ROUTE_RULES (test/sweep/routes.ts)`).toBeDefined();
    const problems: string[] = [];
    for (const caller of ROUTE_RULES[audience!].callers) {
      actAs(caller.persona ? world.personas[caller.persona] : null);
      const scope = caller.scope === "victim" ? world.victim.businessId : undefined;
      const before = await snapshot(scope);
      const { status, detail, body } = await callRoute(route, caller, world);
      const changed = changedTables(before, await snapshot(scope));
      if (!caller.expect.includes(status)) problems.push(`${caller.label}: answered ${status}, expected ${caller.expect.length > 20 ? "no server error" : caller.expect.join("/")} (${detail})`);
      if (changed.length > 0) problems.push(`${caller.label}: CHANGED ${scope ? "the victim's " : ""}${changed.join(", ")}`);
      if (caller.scope === "victim" && status < 300 && mentionsVictim(body, world.victim.target, true)) problems.push(`${caller.label}: answered with the victim's data (${detail})`);
    }
    expect(problems, key).toEqual([]);
  });
});
