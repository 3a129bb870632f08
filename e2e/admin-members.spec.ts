import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible } from "./portal-helpers";

// A seeded regular of Kapé Suki that no other journey touches (Maria is shared by many).
const MEMBER_NUMBER = "1150";

test("the owner searches members, opens one, adds a note and adjusts points with a reason", async ({ page }) => {
  // Shares the server with the 10,000-row import journey; pages may be slow while it runs.
  test.setTimeout(90_000);
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/members");
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Search", { exact: true }).fill("Maria Santos");
  await page.getByRole("button", { name: "Show members" }).click();
  await expect(page).toHaveURL(/q=Maria\+Santos/);
  await expect(page.getByRole("link", { name: "Maria Santos" }).first()).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill(MEMBER_NUMBER);
  await page.getByRole("button", { name: "Show members" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: MEMBER_NUMBER, exact: true }) });
  await row.getByRole("link").first().click();
  await expect(page.getByText(`Member no. ${MEMBER_NUMBER}`)).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);

  const note = `Likes the window seat ${Date.now()}`;
  await page.getByLabel("New note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText(note)).toBeVisible();

  const balance = page.getByTestId("member-balance");
  const before = Number((await balance.innerText()).replace(/\D/g, ""));
  const adjust = page.getByRole("form", { name: "Adjust points" });
  await adjust.getByLabel("Points").fill("25");
  await adjust.getByLabel("Reason").fill("a");
  await adjust.getByRole("button", { name: "Adjust balance" }).click();
  await expect(adjust.getByText("Say why, in a few words.")).toBeVisible();
  await adjust.getByLabel("Reason").fill("Sorry for the long wait");
  await adjust.getByRole("button", { name: "Adjust balance" }).click();
  await expect(balance).toHaveText(String(before + 25).replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  await expect(page.getByRole("cell", { name: "Sorry for the long wait" })).toBeVisible();
});

test("the owner filters at-risk members and pages through the table", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/members?sort=balance");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  await page.goto("/admin/kape-suki/members");
  await page.getByLabel("At risk only").check();
  await page.getByRole("button", { name: "Show members" }).click();
  await expect(page).toHaveURL(/risk=1/);
  const badges = page.getByRole("table").getByText("At risk", { exact: true });
  await expect(badges.first()).toBeVisible();
  expect(await badges.count()).toBe(await page.getByRole("table").getByRole("row").count() - 1);
});

test("staff look members up but get no adjustment form, import or export", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  await page.goto("/admin/kape-suki/members?q=maria%40demo.suki.test");
  await expect(page.getByRole("link", { name: "Import customers" })).toHaveCount(0);
  await page.getByRole("link", { name: "Maria Santos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maria Santos" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Adjust points" })).toHaveCount(0);
  await expect(page.getByLabel("Reason")).toHaveCount(0);
  expect((await page.goto("/admin/kape-suki/members/import"))?.status()).toBe(404);
  expect((await page.request.get("/admin/kape-suki/members/export")).status()).toBe(404);
  // Staff of Kapé Suki only: the other business's members page does not exist for them.
  expect((await page.goto("/admin/libraria-dor/members"))?.status()).toBe(404);
});
