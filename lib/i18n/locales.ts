// The languages Suki speaks. English is the default and the reference catalog: every other
// catalog is checked against it (lib/i18n/catalogs.test.ts).
export const locales = ["en", "fil", "ro", "az"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The admin area is translated into these; other languages fall back to English there. */
export const adminLocales: readonly Locale[] = ["en", "ro"];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
