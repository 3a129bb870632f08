import "server-only";

import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { cookies, headers } from "next/headers";

import { defaultLocale, isLocale, locales, type Locale } from "./locales";

export const LOCALE_COOKIE = "SUKI_LOCALE";

/** Best supported language for an Accept-Language header, or null when none fits. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages();
  const found = match(requested, locales, "none");
  return isLocale(found) ? found : null;
}

/**
 * The language of this request: the person's explicit choice (cookie), else the browser's
 * Accept-Language, else English. (The member's saved profile choice and the business's default
 * language are layered on by the i18n issue.)
 */
export async function resolveRequestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}
