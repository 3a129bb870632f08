import { describe, expect, it } from "vitest";
import { businessSlugFromPath } from "./business-path";
import { chooseLocale, localeFromAcceptLanguage } from "./choose-locale";
import { toLocale } from "./locales";

describe("chooseLocale", () => {
  const business = (locale: string | null) => async () => locale;

  it("takes the signed-in person's saved choice over everything else", async () => {
    expect(await chooseLocale({ saved: "az", cookie: "fil", acceptLanguage: "ro-RO", businessDefault: business("ro") })).toBe("az");
  });
  it("then a visitor's choice (cookie), then the browser's languages", async () => {
    expect(await chooseLocale({ saved: null, cookie: "fil", acceptLanguage: "ro-RO", businessDefault: business("ro") })).toBe("fil");
    expect(await chooseLocale({ cookie: "xx", acceptLanguage: "ja, ro;q=0.8, en;q=0.5", businessDefault: business("en") })).toBe("ro");
  });
  it("falls back to the business's default only when the browser speaks none of ours", async () => {
    expect(await chooseLocale({ acceptLanguage: "ja", businessDefault: business("ro") })).toBe("ro");
    expect(await chooseLocale({ acceptLanguage: "ja", businessDefault: business("ro-RO") })).toBe("ro");
    expect(await chooseLocale({ acceptLanguage: "en-US", businessDefault: business("ro") })).toBe("en");
    expect(await chooseLocale({ acceptLanguage: "ja", businessDefault: business("de") })).toBe("en");
    expect(await chooseLocale({})).toBe("en");
  });
  it("does not look the business up when an earlier source decides", async () => {
    let asked = false;
    await chooseLocale({ acceptLanguage: "az", businessDefault: async () => ((asked = true), "ro") });
    expect(asked).toBe(false);
  });
  it("ignores a saved value that is not one of our languages", async () => {
    expect(await chooseLocale({ saved: "de", acceptLanguage: "fil-PH" })).toBe("fil");
  });
});

describe("Accept-Language", () => {
  it.each([
    ["fil-PH,fil;q=0.9,en;q=0.8", "fil"],
    ["tl", "fil"],
    ["az-Latn-AZ", "az"],
    ["de-DE, ro;q=0.3", "ro"],
    ["", null],
    ["ja", null],
    ["*", null],
    ["ro, *;q=0.5", "ro"],
    ["x-!!, en-US", "en"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("the business in the path", () => {
  it.each([
    ["/portal/kape-suki", "kape-suki"],
    ["/portal/libraria-dor/rewards", "libraria-dor"],
    ["/join/libraria-dor", "libraria-dor"],
    ["/join/kape-suki/qr", "kape-suki"],
    ["/admin/kape-suki/campaigns", "kape-suki"],
    ["/portal/profile", null],
    ["/portal", null],
    ["/login", null],
    [null, null],
  ])("%s → %s", (pathname, slug) => {
    expect(businessSlugFromPath(pathname)).toBe(slug);
  });
});

describe("toLocale", () => {
  it.each([
    ["ro-RO", "ro"],
    ["en-PH", "en"],
    ["tl-PH", "fil"],
    ["AZ", "az"],
    ["de", null],
    [null, null],
  ])("%s → %s", (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});
