import { describe, expect, it } from "vitest";
import { starterProgram } from "./onboarding-defaults";
import { createBusinessSchema, isKnownCurrency, isKnownTimeZone, slugify, slugProblem } from "./onboarding-schemas";

describe("web addresses", () => {
  it.each([
    ["Kapé Suki", "kape-suki"],
    ["Librăria Dor", "libraria-dor"],
    ["  Café & Co.  ", "cafe-co"],
    ["Şcoala de Muzică Ţara", "scoala-de-muzica-tara"],
    ["日本茶", ""],
    ["The Extraordinarily Long Name of a Neighbourhood Bakery and Coffee House", "the-extraordinarily-long-name-of-a"],
  ])("suggests %j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    if (slug) expect(slugProblem(slug)).toBeNull();
  });

  it.each([
    ["ab", "short"],
    ["a".repeat(49), "long"],
    ["Kape", "format"],
    ["kape--suki", "format"],
    ["-kape", "format"],
    ["kape_suki", "format"],
    ["admin", "reserved"],
    ["new", "reserved"],
    ["profile", "reserved"],
  ])("refuses %j (%s)", (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});

describe("currencies, zones and the create form", () => {
  it("knows real ISO 4217 codes and IANA zones", () => {
    expect(["PHP", "RON", "AZN", "EUR", "USD", "GBP", "JPY"].every(isKnownCurrency)).toBe(true);
    expect(["XYZ", "php", "EURO", ""].some(isKnownCurrency)).toBe(false);
    expect(["Asia/Manila", "Europe/Bucharest", "Asia/Baku", "UTC", "Europe/Kiev"].every(isKnownTimeZone)).toBe(true);
    expect(["Mars/Olympus", "Asia/Manila; DROP", ""].some(isKnownTimeZone)).toBe(false);
  });

  it("normalises what it accepts", () => {
    expect(createBusinessSchema.parse({ name: " Kapé Suki ", slug: " kape-suki ", currency: "php", timeZone: "Asia/Manila", locale: "en" })).toEqual({
      name: "Kapé Suki",
      slug: "kape-suki",
      currency: "PHP",
      timeZone: "Asia/Manila",
      locale: "en",
    });
  });
});

describe("the starter program", () => {
  it("gives 1 point per 10 major units and tiers at 500 and 1,500 points' worth of spend", () => {
    const peso = starterProgram("PHP", "en");
    expect(peso.program).toMatchObject({ earnPoints: 1, earnPerMinor: 1_000, pointValueMinor: 30, live: false });
    expect(peso.tiers.map((tier) => tier.threshold)).toEqual([0, 500_000, 1_500_000]);
    expect(starterProgram("JPY", "en").program).toMatchObject({ earnPerMinor: 10, pointValueMinor: 1 });
    expect(starterProgram("BHD", "en").program).toMatchObject({ earnPerMinor: 10_000, pointValueMinor: 300 });
  });

  it("names things in the business's language", () => {
    expect(starterProgram("RON", "ro").tiers.map((tier) => tier.name)).toEqual(["Bronz", "Argint", "Aur"]);
    expect(starterProgram("AZN", "az").punchCard.name).toBe("Möhür kartı");
  });
});
