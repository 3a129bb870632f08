// "Sign out everywhere" in a real browser: a second device holding the same session cookie is
// signed out on its next request, even after asking Auth.js to refresh its token.
import { expect, test } from "@playwright/test";
import { freshEmail, joinWithMagicLink } from "./portal-helpers";

test("signing out everywhere ends the session on another device at its next request", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await joinWithMagicLink(page, freshEmail("everywhere"));
  await expect(page).toHaveURL(/\/portal\/kape-suki/);

  // The other device: a second browser with a copy of this session's cookies.
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const otherPage = await other.newPage();
  await otherPage.goto("/portal/profile");
  await expect(otherPage).toHaveURL(/\/portal\/profile$/);

  await page.goto("/portal/profile");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere/);
  await expect(page.getByText("You are signed out on every device.")).toBeVisible();

  // Auth.js re-signs the token with a fresh iat when the session is read; that must not revive it.
  await otherPage.request.get("/api/auth/session");
  await otherPage.goto("/portal/profile");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});
