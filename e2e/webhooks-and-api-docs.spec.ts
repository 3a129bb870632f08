import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";

test("the owner adds a webhook endpoint, sees its secret once, and pauses it", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  const url = `https://pos.example.test/hooks/${Date.now()}`;
  await page.getByLabel("Endpoint URL").fill(url);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText(/signing secret is shown only now/)).toBeVisible();
  await expect(page.getByText(/whsec_/)).toBeVisible();
  await expect(page.getByText(url)).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).first().click();
  await expect(page.getByText("Paused").first()).toBeVisible();
});

test("staff cannot open the webhooks page", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  const response = await page.goto("/admin/kape-suki/webhooks");
  expect(response?.status()).toBe(404);
});

test("the API reference is public and lists the endpoints", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "Suki POS API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /post\s*\/api\/v1\/purchases$/i })).toBeVisible();
  const document = await page.request.get("/api/v1/openapi.json");
  expect((await document.json()).openapi).toBe("3.1.0");
});
