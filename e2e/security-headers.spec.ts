// Security headers on pages, the API and the counter screen, and pages that render and
// hydrate under the strict Content-Security-Policy without a single violation.
import { expect, test, type Page, type Response } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map((policy ?? "").split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function expectCommonHeaders(response: Response) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // The e2e server is a production build (next start).
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers["x-frame-options"]).toBe("DENY");
}

/** Collects CSP violations and uncaught errors from the moment the page starts loading. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const record = window as unknown as { __cspViolations?: string[] };
      (record.__cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return [...problems, ...violations];
  };
}

test("a page carries a nonce'd CSP that changes per request and matches its scripts", async ({ page, request }) => {
  const response = await page.goto("/");
  expect(response).not.toBeNull();
  expectCommonHeaders(response!);
  const csp = directives(response!.headers()["content-security-policy"]);
  const scriptSrc = csp.get("script-src") ?? [];
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce).toBeTruthy();
  // Next put the request's nonce on its own scripts.
  const nonces = await page.locator("script[nonce]").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  expect(response!.headers()["permissions-policy"]).toMatch(/^camera=\(\),/);
  expect(response!.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const again = await request.get("/");
  const secondNonce = directives(again.headers()["content-security-policy"]).get("script-src")?.find((value) => value.startsWith("'nonce-"));
  expect(secondNonce).toBeTruthy();
  expect(secondNonce).not.toBe(`'nonce-${nonce}'`);
});

test("API answers carry the fixed headers and a CSP that loads nothing", async ({ request }) => {
  for (const path of ["/api/health", "/api/ready", "/api/v1/rewards"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["strict-transport-security"], path).toMatch(/^max-age=/);
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["permissions-policy"], path).toMatch(/^camera=\(\)/);
  }
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", database: "ok" });
});

test("only the counter screen may use the camera", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  const check = await watchForViolations(page);
  const counter = await page.goto("/admin/kape-suki/counter");
  expect(counter?.status()).toBe(200);
  expect(counter!.headers()["permissions-policy"]).toMatch(/^camera=\(self\),/);
  expectCommonHeaders(counter!);
  await expect(page.locator("#main")).toBeVisible();
  // (Staff opening the overview are sent on to the counter, so another of their pages.)
  const members = await page.goto("/admin/kape-suki/members");
  expect(members?.url()).toMatch(/\/admin\/kape-suki\/members$/);
  expect(members!.headers()["permissions-policy"]).toMatch(/^camera=\(\),/);
  expect(await check()).toEqual([]);
});

for (const journey of [
  { name: "landing", account: null, path: "/" },
  { name: "login", account: null, path: "/login" },
  { name: "portal", account: DEMO.member, path: "/portal/kape-suki" },
  { name: "admin overview", account: DEMO.owner, path: "/admin/kape-suki" },
] as const) {
  test(`the ${journey.name} page renders and hydrates with no CSP violation`, async ({ page }) => {
    if (journey.account) await signInWithPassword(page, journey.account);
    const check = await watchForViolations(page);
    const response = await page.goto(journey.path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    // Next's inline bootstrap ran (it only runs with the nonce) and React took over the page.
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
    await expect(page.locator("body")).not.toBeEmpty();
    expect(await check()).toEqual([]);
  });
}
