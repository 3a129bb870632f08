import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible, freshEmail } from "./portal-helpers";

async function signUpWithMagicLink(page: Page, email: string) {
  await page.goto("/login?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  await page.goto("/dev/mailbox");
  await page.getByRole("article").filter({ hasText: email }).first().getByRole("link", { name: /api\/auth\/callback/ }).click();
}

test("a new person signs up, creates a business and is guided until the program is live", async ({ page }) => {
  test.setTimeout(120_000);
  const email = freshEmail("new-owner");
  await signUpWithMagicLink(page, email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Create your business" })).toBeVisible();
  await expectAccessible(page);

  const name = `Panadería Rosa ${Date.now().toString(36)}`;
  await page.getByLabel("Business name").fill(name);
  const slug = await page.getByLabel("Web address").inputValue();
  expect(slug).toMatch(/^panaderia-rosa-[a-z0-9]+$/);
  await page.getByLabel("Currency").selectOption("PHP");
  await page.getByLabel("Time zone").selectOption("Asia/Manila");
  await page.getByLabel("Language for your customers").selectOption("fil");
  await page.getByRole("button", { name: "Create business" }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/${slug}/setup$`));
  await expect(page.getByRole("heading", { level: 1, name: `Welcome to ${name}` })).toBeVisible();
  const checklist = page.getByRole("region", { name: "Get your program ready" });
  await expect(checklist.getByText("0 of 5 steps done")).toBeVisible();
  await expectAccessible(page);

  await checklist.getByRole("button", { name: "They look right" }).click();
  await expect(checklist.getByText("1 of 5 steps done")).toBeVisible();
  await checklist.getByRole("button", { name: "Skip, I work alone" }).click();
  await expect(checklist.getByText("2 of 5 steps done")).toBeVisible();
  await checklist.getByRole("button", { name: "Go live" }).click();

  const live = page.getByRole("region", { name: "You are live: one last step" });
  await expect(live.getByText("3 of 5 steps done")).toBeVisible();
  await expect(live.getByRole("link", { name: /Open the poster/ })).toHaveAttribute("href", `/join/${slug}/qr`);
  // Going live opened the join page.
  const join = await page.request.get(`/join/${slug}`);
  expect(join.status()).toBe(200);
});

test("the owner changes the earn rate, watches the preview, saves, and finds it in the audit log", async ({ page }) => {
  test.setTimeout(150_000);
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/program");
  await expect(page.getByRole("heading", { level: 1, name: "Program" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Earning", selected: true })).toBeVisible();

  const preview = page.getByRole("complementary");
  await preview.getByLabel("Purchase amount (PHP)").fill("450");
  await preview.getByLabel("Member's tier").selectOption({ label: "Silver Suki" });
  await expect(preview.getByText(/^A ₱450(\.00)? purchase by a Silver Suki member earns 56 points\.$/)).toBeVisible();
  await expectAccessible(page);

  // 2 points per ₱20 earns what 1 per ₱10 does for every amount (rounding down), so the other
  // specs running against Kapé Suki at the same time see no difference in points.
  await page.getByLabel("Points", { exact: true }).fill("2");
  await expect(preview.getByText(/earns 112 points\.$/)).toBeVisible();
  await page.getByLabel("For every").fill("20");
  await expect(preview.getByText(/earns 56 points\.$/)).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Program saved. It applies to purchases from now on.")).toBeVisible();
  await expect(page.getByText("Everything is saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Points", { exact: true })).toHaveValue("2");
  await expect(page.getByLabel("For every")).toHaveValue("20");

  // A bad value is refused on the spot and names its tab.
  await page.getByRole("tab", { name: "Tiers" }).click();
  await page.getByRole("group", { name: "Tier: Silver Suki" }).getByLabel("Points multiplier").fill("0.5");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("The multiplier must be at least 1×.")).toBeVisible();
  await expect(page.getByRole("tab", { name: /Tiers.*1 problem/ })).toBeVisible();
  await page.getByRole("button", { name: "Discard changes" }).click();

  await page.goto("/admin/kape-suki/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Changed the program rules" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=program\.update/);
  const entry = page.getByRole("row").filter({ hasText: "Changed the program rules" }).first();
  await expect(entry).toContainText("Liza Reyes");
  await entry.getByText("Show 2 changes").click();
  await expect(entry.getByRole("row", { name: /rules\.earnPoints/ }).getByRole("cell")).toHaveText(["1", "2"]);
  await expect(entry.getByRole("row", { name: /rules\.earnPerMinor/ }).getByRole("cell")).toHaveText(["1000", "2000"]);
  await expectAccessible(page);
  const csv = await page.request.get("/admin/kape-suki/audit/export?action=program.update");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("earnPerMinor");

  // Back to the demo's own rate.
  await page.goto("/admin/kape-suki/program");
  await page.getByLabel("Points", { exact: true }).fill("1");
  await page.getByLabel("For every").fill("10");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Program saved. It applies to purchases from now on.")).toBeVisible();
});

test("the owner's business settings explain why the currency is fixed", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/libraria-dor/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByLabel("Currency")).toBeDisabled();
  await expect(page.getByText(/Fixed now that purchases are recorded/)).toBeVisible();
  await expectAccessible(page);
});

test("staff get no program, settings or audit pages", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  for (const path of ["program", "settings", "audit", "setup"]) {
    const response = await page.goto(`/admin/kape-suki/${path}`);
    expect(response?.status(), path).toBe(404);
  }
  expect((await page.request.get("/admin/kape-suki/audit/export")).status()).toBe(404);
});
