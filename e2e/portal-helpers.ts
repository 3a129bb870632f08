// Helpers for the member-portal journeys: a fresh member through the magic link, axe checks,
// and a read-only look into the e2e database for what only an email would carry (the
// unsubscribe link; marketing emails do not exist yet in these journeys).
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";

export function freshEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.suki.test`;
}

/** Joins `/join/<slug>` as a new person through the sign-in link in the dev mailbox. */
export async function joinWithMagicLink(page: Page, email: string, joinPath = "/join/kape-suki") {
  await page.goto(joinPath);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Join with my email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toBeVisible();
  await page.goto("/dev/mailbox");
  await page.getByRole("article").filter({ hasText: email }).first().getByRole("link", { name: /api\/auth\/callback/ }).click();
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Reads one value from the e2e database (the embedded cluster the test server runs on). */
export async function queryE2eDatabase<T>(sql: string, params: unknown[]): Promise<T[]> {
  const lines = readFileSync(path.resolve(".data/postgres/postmaster.pid"), "utf8").split("\n");
  const database = process.env.SUKI_E2E_DB ?? "suki_e2e";
  const client = new pg.Client({ connectionString: `postgresql://suki:suki-local-only@127.0.0.1:${Number(lines[3])}/${database}` });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
