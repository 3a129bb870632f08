import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible } from "./portal-helpers";

/** The value shown under a figure's label on the overview. */
function figure(page: Page, label: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").first();
}

test("the owner reads the overview, changes the period and sees a formula", async ({ page }) => {
  test.slow(); // four full overviews, each a dozen aggregates, on a shared 2-core machine
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki");
  await expect(page.getByRole("heading", { level: 1, name: "Kapé Suki" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "page");

  // The demo café has about 200 members and a year of purchases.
  const members = Number((await figure(page, "Members").innerText()).replace(/\D/g, ""));
  expect(members).toBeGreaterThan(100);
  for (const label of ["Active members", "Retention rate", "Points issued", "Ultimate redemption rate", "Outstanding liability", "Loyalty ROI", "Average order, non-members"]) {
    await expect(figure(page, label)).not.toHaveText("—");
  }
  await expect(page.getByRole("heading", { name: "Cohort retention" })).toBeVisible();
  await expect(page.locator("#chart-members-title ~ div .recharts-surface").first()).toBeVisible();

  const newIn30 = Number((await figure(page, "New members").innerText()).replace(/\D/g, ""));
  await page.getByRole("link", { name: "Last 365 days" }).click();
  await expect(page).toHaveURL(/\/admin\/kape-suki\?range=365$/);
  await expect(page.getByRole("link", { name: "Last 365 days" })).toHaveAttribute("aria-current", "page");
  const newIn365 = Number((await figure(page, "New members").innerText()).replace(/\D/g, ""));
  expect(newIn365).toBeGreaterThan(newIn30);

  await page.getByLabel("From", { exact: true }).fill("2024-01-01");
  await page.getByLabel("To", { exact: true }).fill("2024-01-31");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-01-31/);
  // Before the demo's history: nothing to share out, so shares are "—", never a division by zero.
  await expect(figure(page, "Retention rate")).toHaveText("—");
  await expect(figure(page, "Points issued")).toHaveText("0");

  await page.goto("/admin/kape-suki");
  await page.getByRole("button", { name: "How “Retention rate” is calculated" }).focus();
  await expect(page.getByRole("tooltip")).toContainText("(E − N) ÷ S × 100");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);

  await expectAccessible(page);
});

test("the owner edits the ROI inputs and the ROI follows", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki?range=365");
  const roiBefore = await figure(page, "Loyalty ROI").innerText();
  // ₱36,500 a month is ₱438,000 for 365 days (× 12 × 365 / 365).
  await page.getByLabel("Program cost per month").fill("36500");
  await page.getByRole("button", { name: "Save costs" }).click();
  await expect(page.getByText("Costs saved.")).toBeVisible();
  await expect(figure(page, "Program cost")).toHaveText("₱438,000.00");
  await expect(figure(page, "Loyalty ROI")).not.toHaveText(roiBefore);
  await page.reload();
  await expect(page.getByLabel("Program cost per month")).toHaveValue("36500.00");

  await page.getByLabel("Cost per point").fill("abc");
  await page.getByRole("button", { name: "Save costs" }).click();
  await expect(page.getByText("Enter an amount such as 1234.50.")).toBeVisible();
});

test("the owner downloads a CSV and sends a win-back to a member at risk", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Figures", exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kape-suki-figures-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path())!, "utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Figure,Value,Previous period,Unit,How it is calculated");
  expect(csv).toContain("Retention rate,");

  const atRisk = page.getByRole("table", { name: "Members at risk" });
  const send = atRisk.getByRole("button", { name: /^Send win-back to / }).first();
  const name = ((await send.getAttribute("aria-label")) ?? "").replace("Send win-back to ", "");
  await send.click();
  await expect(page.getByText(`Win-back email queued for ${name}.`)).toBeVisible();
  await expect(atRisk.getByRole("row").filter({ hasText: name }).getByText("Queued")).toBeVisible();
});

test("staff are sent to the counter and never see the overview's figures", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  await page.goto("/admin/kape-suki");
  await expect(page).toHaveURL(/\/admin\/kape-suki\/counter$/);
  await expect(page.getByText("Retention rate")).toHaveCount(0);
  const response = await page.request.get("/admin/kape-suki/analytics/export/figures?range=30");
  expect(response.status()).toBe(404);
});
