import { expect, test } from "@playwright/test";

test("the landing page says what Suki is and leads to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Suki");
  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("an unknown address shows a friendly 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the signed-in areas send visitors to sign in first", async ({ page }) => {
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fportal/);
  await page.goto("/admin/kape-suki");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fkape-suki/);
});
