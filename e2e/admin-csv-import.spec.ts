import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible } from "./portal-helpers";

const dir = mkdtempSync(path.join(tmpdir(), "suki-import-"));

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join("\n"));
  return file;
}

test("a file with problems is previewed with per-row errors and cannot be imported", async ({ page }) => {
  // Shares the server with the 10,000-row import journey; pages may be slow while it runs.
  test.setTimeout(90_000);
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/members/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import customers" })).toBeVisible();
  await expectAccessible(page);
  const file = writeCsv("bad.csv", ["E-mail,Name,Starting Points", "ok@bad.test,Ok,5", "not-an-email,Bad,1", "OK@bad.test,Twice,2", "neg@bad.test,Neg,-4"]);
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("Fix these rows in your file")).toBeVisible();
  const problems = page.getByRole("table", { name: "Problems to fix" });
  await expect(problems.getByRole("row", { name: /3 email This is not a valid email address/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /4 email The same email is already on row 2/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /5 starting points Points cannot be negative/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("a 10,000-row file imports with a progress bar, and the members table finds an imported member", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = `imp${Date.now()}`;
  const rows = Array.from({ length: 10_000 }, (_, index) => `${tag}.${index}@import.test,Imported Person ${tag} ${index},+6399${String(index).padStart(8, "0")},${index % 100}`);
  const file = writeCsv(`${tag}.csv`, ["email,name,phone,starting points", ...rows]);

  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/members/import");
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("10,000 rows", { timeout: 30_000 });
  await expect(page.getByRole("table", { name: "First rows" }).getByRole("cell", { name: `${tag}.0@import.test` })).toBeVisible();

  await page.getByRole("button", { name: "Import 10,000 customers" }).click();
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 120_000 });
  await expect(page.getByText("10,000 customers imported, none skipped.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See the members" }).click();
  await page.getByLabel("Search", { exact: true }).fill(`${tag}.4242@import.test`);
  await page.getByRole("button", { name: "Show members" }).click();
  await page.getByRole("link", { name: `Imported Person ${tag} 4242` }).click();
  await expect(page.getByTestId("member-balance")).toHaveText("42");
  await expect(page.getByRole("cell", { name: `Imported from ${tag}.csv` })).toBeVisible();
});
