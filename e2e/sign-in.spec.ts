import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";

test("the owner signs in and picks one of both businesses", async ({ page }) => {
  await signInWithPassword(page, DEMO.owner);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Your businesses" })).toBeVisible();
  await page.getByRole("link", { name: /Librăria Dor/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/libraria-dor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Librăria Dor" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Program" })).toBeVisible();
});

test("staff land on the counter screen of their one business, without owner pages", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  // The overview's figures are the owner's; staff are sent on to the counter.
  await expect(page).toHaveURL(/\/admin\/kape-suki\/counter$/);
  const nav = page.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Counter" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Program" })).toHaveCount(0);
  const response = await page.goto("/admin/libraria-dor");
  expect(response?.status()).toBe(404);
});

test("a member signs in to the portal and sees both programs", async ({ page }) => {
  await signInWithPassword(page, DEMO.member);
  await expect(page).toHaveURL(/\/portal$/);
  const programs = page.getByRole("list", { name: "Your programs" });
  await expect(programs.getByRole("link", { name: /Kapé Suki/ })).toBeVisible();
  await expect(programs.getByRole("link", { name: /Librăria Dor/ })).toBeVisible();
});

test("a member cannot open a business's admin area, only the form to start their own", async ({ page }) => {
  await signInWithPassword(page, DEMO.member);
  // /admin itself is onboarding for anyone signed in (e2e/admin-onboarding-program.spec.ts).
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Create your business" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Kapé Suki/ })).toHaveCount(0);
  const response = await page.goto("/admin/kape-suki");
  expect(page.url()).toMatch(/\/portal/);
  expect(response?.ok()).toBe(true);
});

test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
  for (const email of [DEMO.member.email, "nobody-here@demo.suki.test"]) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  }
});

test("repeated wrong passwords are rate limited", async ({ page }) => {
  // An address of its own, so the lock-out does not hold up the other specs' sign-ins.
  const email = "locked-out@demo.suki.test";
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  await page.getByLabel("Password").fill("one-more-try");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed attempts" })).toBeVisible();
});

test("a sign-in link from the dev mailbox signs the member in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: `we sent a sign-in link to ${DEMO.member.email}` })).toBeVisible();

  await page.goto("/dev/mailbox");
  const message = page.getByRole("article").filter({ hasText: DEMO.member.email }).first();
  await message.getByRole("link", { name: /api\/auth\/callback/ }).click();
  await expect(page).toHaveURL(/\/portal$/);
});
