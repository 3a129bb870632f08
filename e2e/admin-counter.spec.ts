import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO } from "./demo-accounts";
import { expectAccessible, queryE2eDatabase } from "./portal-helpers";

// These journeys move Maria's Kapé Suki balance, so they run one after another; each signs
// in two people, which takes a while on a busy machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

/**
 * Password sign-in once the form is hydrated: typed before that, the values are reset by
 * React and the click signs nobody in (seen on a loaded machine).
 */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

type Maria = { id: string; number: number };

async function maria(): Promise<Maria> {
  const [row] = await queryE2eDatabase<Maria>(
    `SELECT m.id, m.number FROM "Member" m JOIN "User" u ON u.id = m."userId" JOIN "Business" b ON b.id = m."businessId"
     WHERE u.email = $1 AND b.slug = 'kape-suki'`,
    [DEMO.member.email],
  );
  return row!;
}

async function databaseNow(): Promise<Date> {
  return (await queryE2eDatabase<{ now: Date }>(`SELECT clock_timestamp() AS now`, []))[0]!.now;
}

/**
 * Other spec files (the portal's redemptions) may move Maria's balance while these run; the
 * points they moved since `since`, outside the purchase under test, are read from the ledger
 * so the checks below stay exact.
 */
async function otherLedgerPoints(memberId: string, since: Date, purchaseId: string | null): Promise<number> {
  const [row] = await queryE2eDatabase<{ points: number }>(
    `SELECT COALESCE(SUM(points), 0)::int AS points FROM "LedgerEntry"
     WHERE "memberId" = $1 AND "createdAt" > $2 AND "purchaseId" IS DISTINCT FROM $3`,
    [memberId, since, purchaseId],
  );
  return row!.points;
}

async function pointsIn(locator: Locator): Promise<number> {
  return Number((await locator.textContent())!.replace(/[^\d-]/g, ""));
}

async function openCounter(page: Page) {
  await signIn(page, DEMO.staff);
  await page.goto("/admin/kape-suki/counter");
  await expect(page.getByRole("heading", { level: 1, name: "Counter" })).toBeVisible();
  await expect(page.getByLabel("Member number, email, phone or card code")).toBeFocused();
}

async function findMember(page: Page, query: string) {
  await page.getByLabel("Member number, email, phone or card code").fill(query);
  await page.getByRole("button", { name: "Find", exact: true }).click();
}

test("staff record a purchase and a refund for Maria, and her portal shows the new balance", async ({ page, browser }) => {
  const { id, number } = await maria();
  await openCounter(page);
  await expectAccessible(page);

  await findMember(page, String(number));
  const summary = page.getByRole("region", { name: "Maria Santos" });
  await expect(summary.getByTestId("member-number")).toHaveText(`No. ${number}`);
  await expect(summary.getByTestId("member-visit-discount")).toHaveText(/^\d+(\.\d+)?% off$/);
  await expect(page.getByLabel("Amount (PHP)")).toBeFocused();
  const before = await pointsIn(summary.getByTestId("member-balance"));
  const since = await databaseNow();
  await expectAccessible(page);

  await page.getByLabel("Amount (PHP)").fill("450");
  await page.getByRole("button", { name: "Record purchase" }).click();
  const result = page.getByTestId("purchase-result");
  await expect(result).toContainText("Purchase recorded");
  const earned = await pointsIn(result.getByTestId("points-earned"));
  expect(earned).toBeGreaterThanOrEqual(45);
  const receiptId = (await result.getByTestId("purchase-receipt").textContent())!.trim();
  const [purchase] = await queryE2eDatabase<{ id: string; staffUserId: string; channel: string }>(
    `SELECT id, "staffUserId", channel::text FROM "Purchase" WHERE "memberId" = $1 AND "externalId" = $2`,
    [id, receiptId],
  );
  expect(purchase).toMatchObject({ channel: "COUNTER", staffUserId: expect.any(String) });
  // What the balance must be now: before + what this purchase (and later its refund) moved +
  // whatever other journeys moved meanwhile.
  const expected = async (own: number) => before + own + (await otherLedgerPoints(id, since, purchase!.id));
  const afterPurchase = await expected(earned);
  await expect(result.getByTestId("purchase-new-balance")).toHaveText(afterPurchase.toLocaleString("en"));
  await expect(summary.getByTestId("member-balance")).toHaveText(`${afterPurchase.toLocaleString("en")} points`);

  const portal = await browser.newPage();
  await signIn(portal, DEMO.member);
  await portal.goto("/portal/kape-suki");
  await expect(portal.getByTestId("balance")).toContainText((await expected(earned)).toLocaleString("en"));

  await page.getByRole("tab", { name: "Refund" }).click();
  await page.getByRole("radio", { name: /₱450\.00/ }).first().check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record refund" }).click();
  const refund = page.getByTestId("refund-result");
  await expect(refund).toContainText("Refund recorded");
  await expect(refund.getByTestId("points-reversed")).toHaveText(`${earned} points taken back`);
  const afterRefund = await expected(0);
  expect(afterRefund).toBeLessThan(afterPurchase);
  await expect(summary.getByTestId("member-balance")).toHaveText(`${afterRefund.toLocaleString("en")} points`);

  await portal.reload();
  await expect(portal.getByTestId("balance")).toContainText((await expected(0)).toLocaleString("en"));
  await portal.close();
});

test("staff check Maria's voucher, mark it used, and a second use is refused", async ({ page, browser }) => {
  const portal = await browser.newPage();
  await signIn(portal, DEMO.member);
  await portal.goto("/portal/kape-suki/rewards");
  await portal.getByRole("listitem", { name: "Free size upgrade" }).getByRole("button", { name: "Redeem" }).click();
  await portal.getByRole("alertdialog").getByRole("button", { name: "Redeem for 30 points" }).click();
  const code = (await portal.getByRole("alertdialog").getByTestId("voucher-code").textContent())!.trim();
  await portal.close();

  await openCounter(page);
  await page.getByRole("tab", { name: "Voucher" }).click();
  await page.getByLabel("Voucher code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Check", exact: true }).click();
  const details = page.getByTestId("voucher-details");
  await expect(details.getByRole("heading", { name: "Free size upgrade" })).toBeVisible();
  await expect(details).toContainText("Ready to use");
  await expect(details).toContainText("Maria Santos");
  await expectAccessible(page);
  await details.getByRole("button", { name: "Mark as used" }).click();
  await expect(details.getByText("Voucher used. Give the member their reward.")).toBeVisible();

  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(details).toContainText("Already used");
  await expect(details.getByRole("alert")).toContainText("This voucher was already used on");
  await expect(details.getByRole("button", { name: "Mark as used" })).toHaveCount(0);

  await page.getByLabel("Voucher code").fill("ABCD-EFGH-JKMN");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No voucher with this code at this shop." })).toBeVisible();
});

test("card codes: a live one finds Maria once, a replayed or forged one is refused", async ({ page, browser }) => {
  const portal = await browser.newPage();
  await signIn(portal, DEMO.member);
  await portal.goto("/portal/kape-suki/card");
  // The first code rides in the page's own payload; the QR picture carries the same string.
  const token = /token\\?":\\?"([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(await portal.content())?.[1];
  expect(token).toBeTruthy();
  await portal.close();

  await openCounter(page);
  await findMember(page, token!);
  await expect(page.getByRole("region", { name: "Maria Santos" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Maria Santos" })).toHaveCount(0);

  await findMember(page, token!);
  await expect(page.getByRole("alert").filter({ hasText: "This card code was already used — ask the member to refresh their card." })).toBeVisible();

  const [payload] = token!.split(".");
  await findMember(page, `${payload}.${"x".repeat(43)}`);
  await expect(page.getByRole("alert").filter({ hasText: "This is not a valid Suki card code. Ask the member to open their card in the app." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Maria Santos" })).toHaveCount(0);
});

test("a purchase by keyboard alone: number, Enter, amount, Enter, Esc for the next customer", async ({ page }) => {
  const { number } = await maria();
  await openCounter(page);
  await page.keyboard.type(String(number));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Maria Santos" })).toBeVisible();
  await expect(page.getByLabel("Amount (PHP)")).toBeFocused();
  await page.keyboard.type("120.50");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("purchase-result")).toContainText("₱120.50");
  await expect(page.getByTestId("points-earned")).toHaveText(/^\+\d+ points$/);
  // A second Enter on the emptied field records nothing.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Type the amount of the purchase." })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Maria Santos" })).toHaveCount(0);
  await expect(page.getByLabel("Member number, email, phone or card code")).toBeFocused();
  await expect(page.getByLabel("Member number, email, phone or card code")).toHaveValue("");
});

test("the camera scanner explains when it cannot scan, and the typed field stays", async ({ page }) => {
  await openCounter(page);
  await page.getByRole("button", { name: "Scan card" }).click();
  const dialog = page.getByRole("dialog", { name: "Scan a QR code" });
  await expect(dialog.getByRole("alert")).toHaveText(/No camera found|Camera access was denied|The camera could not start/);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel("Member number, email, phone or card code")).toBeVisible();
});
