import { expect, test } from "@playwright/test";
import { DEMO, signInWithPassword } from "./demo-accounts";
import { expectAccessible, freshEmail, joinWithMagicLink } from "./portal-helpers";

test("a new person joins from the link with a magic link and lands enrolled", async ({ page }) => {
  const email = freshEmail("joiner");
  await page.goto("/join/kape-suki?ref=ab12cd34");
  await expect(page.getByRole("heading", { level: 1, name: "Join Kapé Suki" })).toBeVisible();
  await expect(page.getByText("A friend invited you (code AB12CD34).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rewards" })).toBeVisible();
  await expectAccessible(page);

  await joinWithMagicLink(page, email, "/join/kape-suki?ref=AB12CD34");
  await expect(page).toHaveURL(/\/portal\/kape-suki\?welcome=new$/);
  await expect(page.getByText("Welcome to Kapé Suki!")).toBeVisible();
  await expect(page.getByTestId("balance")).toContainText("25");
  await expectAccessible(page);

  // Joining again is harmless: the same membership comes back.
  await page.goto("/join/kape-suki");
  await expect(page.getByText("You are already a member of Kapé Suki.")).toBeVisible();
  await page.goto("/portal");
  await expect(page.getByRole("list", { name: "Your programs" }).getByRole("link", { name: /Kapé Suki/ })).toBeVisible();
});

test("a signed-in member of one program joins another in one step", async ({ page }) => {
  await joinWithMagicLink(page, freshEmail("second-program"));
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  await page.goto("/join/libraria-dor");
  await page.getByRole("button", { name: "Join Librăria Dor" }).click();
  await expect(page).toHaveURL(/\/portal\/libraria-dor\?welcome=new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Librăria Dor" })).toBeVisible();
});

test("the printable join poster carries a QR code of the join page", async ({ page }) => {
  await page.goto("/join/kape-suki/qr");
  await expect(page.getByRole("img", { name: /QR code linking to http:\/\/localhost:\d+\/join\/kape-suki/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});

test("an unknown program is a 404", async ({ page }) => {
  const response = await page.goto("/join/no-such-cafe");
  expect(response?.status()).toBe(404);
});

test("the member dashboard shows balance, tier progress, stamps and activity", async ({ page }) => {
  await signInWithPassword(page, DEMO.member);
  await page.goto("/portal/kape-suki");
  await expect(page.getByTestId("balance")).toContainText(/\d/);
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stamp cards" })).toBeVisible();
  await expect(page.getByRole("list", { name: /stamps collected/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest activity" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "All history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
  await page.getByRole("link", { name: "Older" }).click();
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await expect(page.getByText("Points for your purchase").first()).toBeVisible();
  await expectAccessible(page);
});
