import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible, freshEmail, joinWithMagicLink, queryE2eDatabase } from "./portal-helpers";

test("the member card shows a QR code that rotates", async ({ page }) => {
  await page.clock.install();
  await signInWithPassword(page, DEMO.member);
  await page.goto("/portal/kape-suki/card");
  const card = page.getByRole("region", { name: "Kapé Suki member card" });
  await expect(card.getByText("Maria Santos")).toBeVisible();
  await expect(card.getByText(/No\. \d+/)).toBeVisible();
  const qr = card.getByRole("img", { name: /Member card code/ });
  await expect(qr).toBeVisible();
  await expect(card.getByLabel("Current time")).toHaveText(/\d{1,2}:\d{2}:\d{2}/);
  await expectAccessible(page);
  const first = await qr.locator("path").getAttribute("d");

  await page.clock.runFor(31_000);
  await expect(qr.locator("path")).not.toHaveAttribute("d", first!);
  await expect(card.getByText(/New code in \d+s/)).toBeVisible();
});

test("profile: save details, choose emails, export my data", async ({ page }) => {
  const email = freshEmail("profile");
  await joinWithMagicLink(page, email);
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  await page.goto("/portal/profile");
  await expectAccessible(page);

  await page.getByLabel("Name").fill("Ana Cruz");
  await page.getByLabel("Phone").fill("+63 917 555 0101");
  await page.getByLabel("Birthday").fill("1992-04-05");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const kape = page.getByRole("group", { name: "Kapé Suki" });
  await kape.getByLabel("Offers and events").check();
  await page.getByRole("button", { name: "Save choices" }).click();
  await expect(page.getByText("Email choices for Kapé Suki saved.")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^suki-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await file.path())!, "utf8"));
  expect(data.user.email).toBe(email);
  expect(data.memberships).toHaveLength(1);
  expect(data.memberships[0]).toMatchObject({ phone: "+63 917 555 0101", birthday: "1992-04-05", emailPreferences: { offers: true } });
  expect(data.memberships[0].ledger[0]).toMatchObject({ kind: "BONUS", points: 25, description: "Welcome bonus" });

  await page.getByRole("button", { name: "Unsubscribe from all marketing email" }).click();
  await expect(page.getByText("Done: no more marketing email from any program.")).toBeVisible();
  for (const label of ["Thank-you notes", "Milestones", "Offers and events"]) await expect(kape.getByLabel(label)).not.toBeChecked();
});

test("the export needs a session", async ({ request }) => {
  const response = await request.get("/portal/profile/export", { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(response.status());
  expect(await response.text()).not.toContain("memberships");
});

test("one-click unsubscribe works without signing in", async ({ browser, page, request }) => {
  const email = freshEmail("unsub");
  await joinWithMagicLink(page, email);
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  const [row] = await queryE2eDatabase<{ token: string }>(
    `SELECT m."unsubscribeToken" AS token FROM "Member" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [email],
  );

  // A browser of its own: no session cookie, as when the link is opened from a mail app.
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();
  await visitor.goto(`/unsubscribe/${row!.token}`);
  await expect(visitor.getByRole("heading", { name: "Unsubscribe from Kapé Suki?" })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(visitor.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await signedOut.close();

  // A mail client's RFC 8058 one-click POST, no cookies; repeating it is harmless.
  const oneClick = await request.post(`/unsubscribe/${row!.token}/one-click`, {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(oneClick.status()).toBe(200);

  await page.goto("/portal/profile");
  const kape = page.getByRole("group", { name: "Kapé Suki" });
  for (const label of ["Thank-you notes", "Milestones", "Offers and events"]) await expect(kape.getByLabel(label)).not.toBeChecked();
});

test("deleting the account signs out and the account is gone", async ({ page }) => {
  const email = freshEmail("leaver");
  await joinWithMagicLink(page, email);
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  await page.goto("/portal/profile");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type DELETE to confirm.")).toBeVisible();
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=account-deleted/);
  await expect(page.getByText("Your account is deleted.")).toBeVisible();
  const users = await queryE2eDatabase<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "User" WHERE email = $1`, [email]);
  expect(users[0]!.n).toBe(0);
});
