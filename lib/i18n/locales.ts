// The languages Suki speaks. English is the default and the reference catalog: every other
// catalog is checked against it (lib/i18n/catalogs.test.ts).
export const locales = ["en", "fil", "ro", "az"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The admin area is translated into these; other languages fall back to English there. */
export const adminLocales: readonly Locale[] = ["en", "ro"];

/** Each language in its own words, as a language menu shows them (not translated on purpose). */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fil: "Filipino",
  ro: "Română",
  az: "Azərbaycanca",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The supported language of a BCP 47 tag ("ro-RO" → "ro", "en-PH" → "en", "tl" → "fil"), or
 * null. A business's default language may be stored with a region.
 */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  // Tagalog is the base of Filipino; older systems still label it "tl".
  if (language === "tl") return "fil";
  return isLocale(language) ? language : null;
}
