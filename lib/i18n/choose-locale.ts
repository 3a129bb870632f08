// The order in which a request's language is decided. Pure, so it is tested without a request.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

import { defaultLocale, isLocale, locales, toLocale, type Locale } from "./locales";

/** Best supported language for an Accept-Language header, or null when none fits. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  // "*" (Node's fetch sends it) and malformed tags make Intl.getCanonicalLocales throw inside
  // match(): a header is a hint, never a reason to fail the page.
  const requested = new Negotiator({ headers: { "accept-language": header } })
    .languages()
    .filter((tag) => tag !== "*" && isCanonicalizable(tag));
  if (requested.length === 0) return null;
  const found = match(requested, locales, "none");
  return isLocale(found) ? found : null;
}

function isCanonicalizable(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

export type LocaleSources = {
  /** User.locale of the signed-in person */
  saved?: string | null;
  /** A visitor's choice from the language menu (cookie) */
  cookie?: string | null;
  acceptLanguage?: string | null;
  /** Business.locale of the business in the URL; asked only when nothing before it decides. */
  businessDefault?: () => Promise<string | null>;
};

/**
 * The person's saved choice, else their choice as a visitor (cookie), else the browser's
 * Accept-Language, else the business's default language, else English.
 */
export async function chooseLocale(sources: LocaleSources): Promise<Locale> {
  if (isLocale(sources.saved)) return sources.saved;
  if (isLocale(sources.cookie)) return sources.cookie;
  const fromBrowser = localeFromAcceptLanguage(sources.acceptLanguage);
  if (fromBrowser) return fromBrowser;
  return toLocale(await sources.businessDefault?.()) ?? defaultLocale;
}
