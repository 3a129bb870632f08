// The member's language (issue #10): the portal in each of Suki's languages from the browser's
// Accept-Language, a saved choice from the language menu that follows the person, and a join
// page in its business's own language for a visitor whose browser speaks none of ours.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO } from "./demo-accounts";
import { expectAccessible, freshEmail, joinWithMagicLink, queryE2eDatabase } from "./portal-helpers";

/** Password sign-in by field names, so it works whatever language the form speaks. */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

async function contextIn(browser: Browser, locale: string) {
  return browser.newContext({ locale });
}

// Maria never saves a language (other specs read her portal in English): the browser decides.
const PORTAL = [
  { browser: "en-US", lang: "en", balance: "Your balance", showCard: "Show my card", rewards: "Rewards", unit: /^points?$/, pts: /^\d[\d,]* pts$/, lei: /lei\s\d[\d,]*\.\d{2}/, peso: /₱\d[\d,]*\.\d{2}/ },
  { browser: "fil-PH", lang: "fil", balance: "Ang balanse mo", showCard: "Ipakita ang card ko", rewards: "Rewards", unit: /^puntos$/, pts: /^\d[\d,]* pts$/, lei: /lei\s\d[\d,]*\.\d{2}/, peso: /₱\d[\d,]*\.\d{2}/ },
  { browser: "ro-RO", lang: "ro", balance: "Soldul tău", showCard: "Arată cardul meu", rewards: "Recompense", unit: /^(punct|puncte|de puncte)$/, pts: /^\d[\d.]* pct\.$/, lei: /\d[\d.]*,\d{2}\slei/, peso: /\d[\d.]*,\d{2}\s₱/ },
  { browser: "az-AZ", lang: "az", balance: "Balansınız", showCard: "Kartımı göstər", rewards: "Hədiyyələr", unit: /^bal$/, pts: /^\d[\d.]* bal$/, lei: /\d[\d.]*,\d{2}\sley/, peso: /\d[\d.]*,\d{2}\s₱/ },
] as const;

for (const lang of PORTAL) {
  test(`the portal speaks ${lang.lang} to a browser that asks for ${lang.browser}`, async ({ browser }) => {
    const context = await contextIn(browser, lang.browser);
    const page = await context.newPage();
    await signIn(page, DEMO.member);

    await page.goto("/portal/kape-suki");
    await expect(page.locator("html")).toHaveAttribute("lang", lang.lang);
    await expect(page.getByText(lang.balance, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: lang.showCard })).toBeVisible();
    await expect(page.getByTestId("balance").locator("span")).toHaveText(lang.unit);
    // The bottom tab bar repeats the links on phones; this desktop browser shows the top one.
    await expect(page.getByRole("link", { name: lang.rewards, exact: true }).first()).toBeVisible();

    await page.goto("/portal/kape-suki/rewards");
    await expect(page.getByRole("heading", { level: 1, name: lang.rewards })).toBeVisible();
    await expect(page.getByText(lang.pts).first()).toBeVisible();

    // Purchases in the history carry the business's currency, written the reader's way.
    await page.goto("/portal/kape-suki/history");
    await expect(page.getByText(lang.peso).first()).toBeVisible();
    await page.goto("/portal/libraria-dor/history");
    await expect(page.getByText(lang.lei).first()).toBeVisible();
    if (lang.lang === "ro") await expectAccessible(page);
    await context.close();
  });
}

test("a visitor whose browser speaks none of our languages reads the join page in the business's own", async ({ browser }) => {
  const context = await contextIn(browser, "ja-JP");
  const page = await context.newPage();
  await page.goto("/join/libraria-dor");
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.getByRole("heading", { level: 1, name: "Intră în programul Librăria Dor" })).toBeVisible();
  await expect(page.getByText("Program de fidelitate", { exact: true })).toBeVisible();
  await expect(page.getByText(/pentru fiecare \d[\d.]*,\d{2}\slei cheltuiți/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Înscrie-mă cu e-mailul" })).toBeVisible();

  // Kapé Suki's default is English.
  await page.goto("/join/kape-suki");
  await expect(page.getByRole("heading", { level: 1, name: "Join Kapé Suki" })).toBeVisible();

  // A visitor's own choice beats both, and stays in this browser.
  await page.getByLabel("Language").selectOption("az");
  await expect(page.getByRole("heading", { level: 1, name: "Kapé Suki proqramına qoşulun" })).toBeVisible();
  await page.goto("/join/libraria-dor");
  await expect(page.getByRole("heading", { level: 1, name: "Librăria Dor proqramına qoşulun" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "az");
  await context.close();
});

test("a member's choice from the language menu is saved and follows them to a new browser", async ({ browser, page }) => {
  // Two sign-ins through the mailbox and a dozen server renders: slow on a busy machine.
  test.setTimeout(90_000);
  const email = freshEmail("lang");
  await joinWithMagicLink(page, email);
  await expect(page).toHaveURL(/\/portal\/kape-suki/);
  await expect(page.getByText("Your balance", { exact: true })).toBeVisible();

  await page.getByLabel("Language").selectOption("ro");
  await expect(page.getByText("Soldul tău", { exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await page.reload();
  await expect(page.getByText("Soldul tău", { exact: true })).toBeVisible();
  await expect(page.getByTestId("balance")).toContainText("25");
  const [saved] = await queryE2eDatabase<{ locale: string | null }>(`SELECT locale FROM "User" WHERE email = $1`, [email]);
  expect(saved?.locale).toBe("ro");

  // Another browser that prefers English: the saved choice wins once they sign in, and the
  // sign-in email itself is already in Romanian.
  const other = await contextIn(browser, "en-US");
  const second = await other.newPage();
  await second.goto("/login");
  await second.getByLabel("Email").fill(email);
  await second.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(second.getByText(/Check your email/)).toBeVisible();
  await second.goto("/dev/mailbox");
  const mail = second.getByRole("article", { name: "Linkul tău de conectare la Suki" }).filter({ hasText: email }).first();
  await mail.getByRole("link", { name: /api\/auth\/callback/ }).click();
  await expect(second).toHaveURL(/\/portal/);
  await second.goto("/portal/kape-suki");
  await expect(second.getByText("Soldul tău", { exact: true })).toBeVisible();
  await second.goto("/portal/profile");
  await expect(second.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
  await expect(second.getByRole("combobox", { name: "Limba" }).first()).toHaveValue("ro");
  await other.close();
});
