import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";

test("the owner tunes campaigns, previews a template and sends a test to themself", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/campaigns");
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Upcoming" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recently sent" })).toBeVisible();

  await page.getByLabel("Thank-you delay (minutes)").fill("90");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Thank-you delay (minutes)")).toHaveValue("90");

  await page.locator("summary").filter({ hasText: /^Welcome ·/ }).click();
  await expect(page.frameLocator('iframe[title="Preview: Welcome"]').getByRole("heading", { name: "Welcome, Maria!" })).toBeVisible();
  await page.getByRole("button", { name: "Send test to me: Welcome" }).click();
  await expect(page.getByText(`Sent to ${DEMO.owner.email}.`)).toBeVisible();

  await page.goto("/dev/mailbox");
  await expect(page.getByRole("article", { name: "[Test] Welcome to Kapé Suki" }).first()).toBeVisible();
});

test("a marketing-gap shorter than the touch interval is refused with a message", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/libraria-dor/campaigns");
  await page.getByLabel("Touch every (days)").fill("7");
  await page.getByLabel("Marketing gap (days)").fill("10");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The monthly touch cannot come more often than the marketing gap allows.")).toBeVisible();
});

test("the owner invites regulars to a preview event", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/campaigns");
  await page.getByLabel("Event", { exact: true }).fill(`Cupping ${Date.now()}`);
  await page.getByLabel("Starts").fill("2099-05-01T18:30");
  await page.getByLabel("Who is invited").selectOption({ label: "Gold Suki and above" });
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.getByText(/^\d+ invitations queued\.$/)).toBeVisible();
});

test("staff cannot open the campaigns page", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  const response = await page.goto("/admin/kape-suki/campaigns");
  expect(response?.status()).toBe(404);
});
