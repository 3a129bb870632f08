import { expect, type Page } from "@playwright/test";

export const DEMO = {
  owner: { email: "owner@demo.suki.test", password: "suki-owner-demo" },
  staff: { email: "staff@demo.suki.test", password: "suki-staff-demo" },
  member: { email: "maria@demo.suki.test", password: "suki-member-demo" },
} as const;

export async function signInWithPassword(page: Page, account: { email: string; password: string }) {
  // On a busy machine the form can hydrate after Playwright typed into it, wiping the values:
  // wait for the page to settle, and check the values are still there before submitting.
  await page.goto("/login", { waitUntil: "networkidle" });
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  await expect(async () => {
    await email.fill(account.email);
    await password.fill(account.password);
    await expect(email).toHaveValue(account.email, { timeout: 500 });
    await expect(password).toHaveValue(account.password, { timeout: 500 });
  }).toPass();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
