import { test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
test("shot", async ({ page }) => {
  test.slow();
  await signInWithPassword(page, DEMO.owner);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin/kape-suki?range=365");
  await page.waitForTimeout(3000);
  await page.screenshot({ path: "/tmp/overview-full.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/admin/libraria-dor");
  await page.waitForTimeout(3000);
  await page.screenshot({ path: "/tmp/overview-mobile.png", fullPage: true });
});
