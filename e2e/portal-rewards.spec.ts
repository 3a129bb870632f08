import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible, freshEmail, joinWithMagicLink } from "./portal-helpers";

async function balanceOnRewardsPage(page: Page): Promise<number> {
  const text = await page.getByText(/You have [\d,]+ points to spend/).textContent();
  return Number(text?.match(/You have ([\d,]+)/)?.[1]?.replace(/,/g, ""));
}

test("a member redeems a reward, gets a voucher with its code, and sees it in My vouchers", async ({ page }) => {
  await signInWithPassword(page, DEMO.member);
  await page.goto("/portal/kape-suki/rewards");
  await expectAccessible(page);
  const before = await balanceOnRewardsPage(page);

  const reward = page.getByRole("listitem", { name: "Free size upgrade" });
  await reward.getByRole("button", { name: "Redeem" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("heading", { name: "Redeem Free size upgrade?" })).toBeVisible();
  await expectAccessible(page);
  // A double click on the confirmation spends the points once.
  await dialog.getByRole("button", { name: "Redeem for 30 points" }).dblclick();
  await expect(dialog.getByRole("heading", { name: "Your voucher is ready" })).toBeVisible();
  const code = (await dialog.getByTestId("voucher-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(dialog.getByRole("img", { name: `Voucher code ${code}` })).toBeVisible();

  await dialog.getByRole("link", { name: "Open voucher" }).click();
  await expect(page).toHaveURL(/\/portal\/kape-suki\/vouchers\/.+/);
  await expect(page.getByTestId("voucher-code")).toHaveText(code);
  await expect(page.getByText("Ready to use")).toBeVisible();
  await expect(page.getByText("Valid until")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/portal/kape-suki/rewards");
  const myVouchers = page.locator("section", { has: page.getByRole("heading", { name: "My vouchers" }) });
  await expect(myVouchers.getByText(code)).toBeVisible();
  // Other specs may spend Maria's points at the same time, so only a lower bound is certain.
  expect(before - (await balanceOnRewardsPage(page))).toBeGreaterThanOrEqual(30);
});

test("a redemption without enough points is refused with a clear message", async ({ page }) => {
  await joinWithMagicLink(page, freshEmail("short"));
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  await page.goto("/portal/kape-suki/rewards");
  const reward = page.getByRole("listitem", { name: "Free brewed coffee" });
  await expect(reward.getByText("75 more points needed")).toBeVisible();
  await reward.getByRole("button", { name: "Redeem" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Redeem for 100 points" }).click();
  await expect(page.getByRole("alertdialog").getByRole("alert")).toHaveText("Not enough points.");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("You have 25 points to spend")).toBeVisible();
  await expect(page.getByText("No vouchers yet")).toBeVisible();
  // Tier-gated rewards say so and offer no button.
  await expect(page.getByRole("listitem", { name: "Kapé Suki tumbler" }).getByText("For Gold Suki members and up")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Kapé Suki tumbler" }).getByRole("button")).toHaveCount(0);
});

test("a member cannot open another member's voucher by guessing its URL", async ({ browser, page }) => {
  await signInWithPassword(page, DEMO.member);
  await page.goto("/portal/kape-suki/rewards");
  const href = await page.locator('a[href*="/portal/kape-suki/vouchers/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  expect((await page.goto(href!))?.status()).toBe(200);

  const other = await browser.newPage();
  await joinWithMagicLink(other, freshEmail("snoop"));
  await expect(other).toHaveURL(/\/portal\/kape-suki/);
  const response = await other.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.close();
});
