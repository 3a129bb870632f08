// The choices of the currency and time-zone menus (onboarding and business settings), built
// on the server from the runtime's ICU data so the page and the validation agree.
import { locales, type Locale } from "@/lib/i18n/locales";

/** Where Suki's first businesses trade; listed first, the rest follow alphabetically. */
export const COMMON_CURRENCIES = ["PHP", "RON", "AZN", "EUR", "USD", "GBP"] as const;

export type Option = { value: string; label: string };

export function currencyOptions(displayLocale: string): { common: Option[]; other: Option[] } {
  const names = new Intl.DisplayNames([displayLocale, "en"], { type: "currency" });
  const option = (code: string): Option => ({ value: code, label: `${code} · ${names.of(code) ?? code}` });
  const common = new Set<string>(COMMON_CURRENCIES);
  return {
    common: COMMON_CURRENCIES.map(option),
    other: Intl.supportedValuesOf("currency").filter((code) => !common.has(code)).map(option),
  };
}

export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"].sort();
}

/** Languages a business can speak to its members, each named in its own words. */
export function businessLocaleOptions(): { value: Locale; label: string }[] {
  const label = (locale: Locale) => {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  return locales.map((locale) => ({ value: locale, label: label(locale) }));
}
