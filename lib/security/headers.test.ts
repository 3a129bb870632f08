import { describe, expect, it } from "vitest";
import { apiHeaders, baseHeaders, contentSecurityPolicy, pageHeaders, permissionsPolicy } from "./headers.js";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe("content security policy", () => {
  it("allows scripts only with the request's nonce (and what they load), in production without eval", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123==", development: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("worker-src")).toContain("blob:");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    for (const values of csp.values()) expect(values).not.toContain("'unsafe-eval'");
  });

  it("lets React's development build evaluate and the dev server push updates", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "n", development: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toContain("ws:");
  });

  it("upgrades insecure requests behind https", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("permissions policy", () => {
  it("grants the camera to the counter screen only", () => {
    expect(permissionsPolicy("/admin/kape-suki/counter")).toMatch(/^camera=\(self\)/);
    expect(permissionsPolicy("/admin/kape-suki/counter/scan")).toMatch(/^camera=\(self\)/);
    for (const path of ["/", "/portal/kape-suki/card", "/admin/kape-suki", "/admin/kape-suki/counterfeit", "/admin/counter"]) {
      expect(permissionsPolicy(path)).toMatch(/^camera=\(\)/);
    }
    expect(pageHeaders({ pathname: "/", nonce: "n", development: false })["Permissions-Policy"]).toContain("microphone=()");
  });
});

describe("fixed headers", () => {
  it("send HSTS in production only", () => {
    const names = (production: boolean) => baseHeaders({ production }).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy"]));
  });

  it("let API answers load nothing", () => {
    expect(apiHeaders().find((header) => header.key === "Content-Security-Policy")?.value).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
