// What every template knows about the business sending it, and the formatters that make
// dates and money read the way its customers expect (its currency and time zone, in the
// recipient's language: `locale` is the member's choice, else the business's default).
import { dateTimeFormat } from "@/lib/format/intl";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { defaultLocale, toLocale } from "@/lib/i18n/locales";
import { translatorFor, type Translator } from "@/lib/i18n/translator";

export type Brand = {
  businessName: string;
  senderName: string;
  brandColor: string;
  locale: string;
  currency: string;
  timeZone: string;
  appUrl: string;
  /** Marketing mail carries it (footer link and List-Unsubscribe); transactional mail not. */
  unsubscribeUrl?: string;
};

export const demoBrand: Brand = {
  businessName: "Kapé Suki",
  senderName: "Ana Reyes",
  brandColor: "#b45309",
  locale: "en-PH",
  currency: "PHP",
  timeZone: "Asia/Manila",
  appUrl: "http://localhost:3000",
  unsubscribeUrl: "http://localhost:3000/unsubscribe/demo",
};

export function money(brand: Brand, amountMinor: number): string {
  return formatMoney(amountMinor, brand.currency, brand.locale);
}

export function points(brand: Brand, value: number): string {
  return formatPoints(value, brand.locale);
}

/** A calendar date in the business's time zone, e.g. "12 March 2026". */
export function day(brand: Brand, iso: string): string {
  return dateTimeFormat(brand.locale, { dateStyle: "long", timeZone: brand.timeZone }).format(new Date(iso));
}

/** The template's words in the brand's language (messages/<locale>/email.json, full keys). */
export function emailText(brand: Brand): Translator {
  return translatorFor(toLocale(brand.locale) ?? defaultLocale);
}

/** Brand colours come from an owner form; anything but a hex colour falls back to amber. */
export function safeColor(color: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(color) ? color : "#b45309";
}
