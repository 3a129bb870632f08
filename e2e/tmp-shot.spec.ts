import { test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
test("shot", async ({ page }) => {
  test.slow();
  await signInWithPassword(page, DEMO.owner);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin/kape-suki?range=365");
  await page.waitForTimeout(3000);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i * 1500 < height; i++) {
    await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: true, clip: { x: 0, y: i * 1500, width: 1280, height: Math.min(1500, height - i * 1500) } });
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/admin/libraria-dor");
  await page.waitForTimeout(3000);
  await page.screenshot({ path: "/tmp/mobile-0.png", fullPage: true, clip: { x: 0, y: 0, width: 390, height: 1800 } });
});
