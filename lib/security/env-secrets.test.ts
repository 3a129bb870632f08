// Production refuses to start without long enough secrets: lib/env.js is imported in a child
// process (as `next start` and next.config.js do) with a production environment.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const GOOD = "x".repeat(16) + "y".repeat(16);

function importEnv(overrides: Record<string, string | undefined>) {
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    DATABASE_URL: "postgresql://suki:pw@127.0.0.1:5432/suki",
    AUTH_SECRET: GOOD,
    CRON_SECRET: GOOD.split("").reverse().join(""),
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete environment[name];
    else environment[name] = value;
  }
  const result = spawnSync(process.execPath, ["-e", 'import("./lib/env.js").then(() => console.log("env ok"))'], { cwd: root, env: environment as NodeJS.ProcessEnv, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("secrets in production", () => {
  it("start with both secrets of 32+ characters", () => {
    const started = importEnv({});
    expect(started.output).toContain("env ok");
    expect(started.status).toBe(0);
  });

  it.each([
    ["AUTH_SECRET missing", { AUTH_SECRET: undefined }, /AUTH_SECRET/],
    ["AUTH_SECRET short", { AUTH_SECRET: "short-secret" }, /AUTH_SECRET must be at least 32 characters/],
    ["CRON_SECRET missing", { CRON_SECRET: undefined }, /CRON_SECRET/],
    ["CRON_SECRET short", { CRON_SECRET: "x".repeat(31) }, /CRON_SECRET must be at least 32 characters/],
    ["CRON_SECRET empty", { CRON_SECRET: "" }, /CRON_SECRET/],
  ])("refuse to start with %s, saying which variable is wrong", (_label, overrides, message) => {
    const refused = importEnv(overrides);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/Invalid environment variables/);
    expect(refused.output).toMatch(message);
    expect(refused.output).not.toContain("env ok");
  });
});
