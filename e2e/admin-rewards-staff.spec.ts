import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible, freshEmail } from "./portal-helpers";

// A real 1×1 PNG, so the browser decodes it.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

// Sign-ins, two browsers and axe runs on every page: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Axe on the page once the toasts are gone: they are transient overlays, not the page. */
async function expectPageAccessible(page: Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page);
}

function acceptDialogs(page: Page) {
  page.on("dialog", (dialog) => void dialog.accept());
}

test("the owner creates a pictured reward and Maria sees it, picture included, in her catalog", async ({ page, browser }) => {
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/rewards");
  await expect(page.getByRole("heading", { level: 1, name: "Rewards" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Free brewed coffee" })).toBeVisible();
  await expectPageAccessible(page);

  await page.getByRole("link", { name: "New reward" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New reward" })).toBeVisible();
  await expectPageAccessible(page);

  // A discount without an amount is refused with a message on the field.
  await page.getByRole("radio", { name: /^Discount/ }).check();
  await page.getByLabel("Name", { exact: true }).fill("Nameless discount");
  await page.getByLabel("Points cost").fill("40");
  await page.getByRole("button", { name: "Create reward" }).click();
  await expect(page.getByText("A discount needs an amount or a percentage off.")).toBeVisible();

  const name = `Ube ensaymada ${Date.now()}`;
  await page.getByRole("radio", { name: /^Free item/ }).check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill("Fresh from the oven every morning.");
  await page.getByLabel("Points cost").fill("45");
  await page.getByLabel("What it costs you (PHP)").fill("18.50");
  await page.getByLabel("Stock left").fill("12");
  await page.getByLabel("Picture").setInputFiles({ name: "ensaymada.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "New picture" })).toBeVisible();
  await page.getByRole("button", { name: "Create reward" }).click();

  await expect(page).toHaveURL(/\/admin\/kape-suki\/rewards$/);
  const row = page.getByRole("listitem", { name });
  await expect(row).toContainText("12 left");
  await expect(row).toContainText("Redeemed 0 times");
  const imageUrl = await row.locator("img").getAttribute("src");
  expect(imageUrl).toMatch(/^\/media\/rewards\/[a-z0-9]+$/);
  const image = await page.request.get(imageUrl!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
  expect(image.headers()["cache-control"]).toContain("immutable");

  await row.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByLabel("What it costs you (PHP)")).toHaveValue("18.5");
  await expectPageAccessible(page);

  const maria = await browser.newContext();
  const portal = await maria.newPage();
  await signInWithPassword(portal, DEMO.member);
  await portal.goto("/portal/kape-suki/rewards");
  const card = portal.getByRole("listitem", { name });
  await expect(card).toContainText("Fresh from the oven every morning.");
  await expect(card).toContainText("45 pts");
  const picture = card.locator("img");
  await expect(picture).toHaveAttribute("src", imageUrl!);
  await expect.poll(() => picture.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1);
  await expectPageAccessible(portal);
  await maria.close();
});

test("staff get a 404 on the rewards, staff and API-key pages", async ({ page }) => {
  await signInWithPassword(page, DEMO.staff);
  for (const path of ["rewards", "rewards/new", "staff", "api-keys"]) {
    const response = await page.goto(`/admin/kape-suki/${path}`);
    expect(response?.status(), path).toBe(404);
  }
});

test("the owner invites a staff member, who signs in; once removed, their next request is refused", async ({ page, browser }) => {
  acceptDialogs(page);
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  await expectPageAccessible(page);

  const email = freshEmail("barista");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name (optional)").fill("Bea Barista");
  await page.getByRole("radio", { name: /^Staff/ }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const row = page.getByRole("row", { name: email });
  await expect(row).toContainText("Bea Barista");
  await expect(row).toContainText("Not yet");

  // The invitee, in a browser of their own: the invitation leads to a sign-in link.
  const invitee = await browser.newContext();
  const bea = await invitee.newPage();
  await bea.goto("/dev/mailbox");
  const invitation = bea.getByRole("article").filter({ hasText: email }).filter({ hasText: "invited you to Kapé Suki" }).first();
  await invitation.getByRole("link", { name: /\/login\?callbackUrl=%2Fadmin%2Fkape-suki/ }).click();
  await bea.getByLabel("Email").fill(email);
  await bea.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(bea.getByRole("status").filter({ hasText: "we sent a sign-in link" })).toBeVisible();
  await bea.goto("/dev/mailbox");
  await bea.getByRole("article").filter({ hasText: email }).filter({ hasText: "sign-in link" }).first().getByRole("link", { name: /api\/auth\/callback/ }).click();
  // Staff land on the counter (the overview sends them there).
  await expect(bea).toHaveURL(/\/admin\/kape-suki(\/counter)?$/);
  const allowed = await bea.goto("/admin/kape-suki/counter");
  expect(allowed?.status()).toBe(200);
  await expect(bea).toHaveURL(/\/admin\/kape-suki\/counter$/);

  // Their visit shows up as last activity on the owner's page.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row", { name: email })).not.toContainText("Not yet", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  await page.getByRole("row", { name: email }).getByRole("button", { name: "Remove Bea Barista" }).click();
  await expect(page.getByText("Removed from the team.")).toBeVisible();
  await expect(page.getByRole("row", { name: email })).toHaveCount(0);

  // Same session cookie, next request: the role is re-read from the database and is gone.
  await bea.goto("/admin/kape-suki/counter");
  await expect(bea).toHaveURL(/\/portal\?notice=staff-only/);
  await expect(bea.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
  await invitee.close();
});

test("an API key created in the admin works until it is revoked", async ({ page, request }) => {
  acceptDialogs(page);
  await signInWithPassword(page, DEMO.owner);
  await page.goto("/admin/kape-suki/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expect(page.getByRole("row", { name: "Demo till" })).toBeVisible();
  await expectPageAccessible(page);

  const name = `Web shop ${Date.now()}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Requests per minute").fill("120");
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toHaveText(/^sk_live_[A-Za-z0-9_-]{32}$/);
  const key = (await shown.textContent())!.trim();
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  const row = page.getByRole("row", { name });
  await expect(row).toContainText(`${key.slice(0, 12)}…`);
  await expect(row).toContainText("120 / min");
  await expect(row).toContainText("Active");
  await expectPageAccessible(page);

  const ok = await request.get("/api/v1/rewards", { headers: { Authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).rewards.length).toBeGreaterThan(0);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByText("Key revoked.")).toBeVisible();
  await expect(page.getByRole("row", { name })).toContainText("Revoked");

  const refused = await request.get("/api/v1/rewards", { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  // After a reload the key is nowhere on the page, only its prefix.
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
});
