import { expect, type Page } from "@playwright/test";

export const DEMO = {
  owner: { email: "owner@demo.suki.test", password: "suki-owner-demo" },
  staff: { email: "staff@demo.suki.test", password: "suki-staff-demo" },
  member: { email: "maria@demo.suki.test", password: "suki-member-demo" },
} as const;

export async function signInWithPassword(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
