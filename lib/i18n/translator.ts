import "server-only";

import { createTranslator, type TranslationValues } from "next-intl";
import { getLocale } from "next-intl/server";

import { defaultLocale, toLocale, type Locale } from "./locales";
import { loadMessages } from "./messages";

// Translation outside a page render: emails rendered by the outbox cron, exports, action
// errors. Keys are full paths ("email.welcome.subject"), so one translator serves every
// namespace; it is kept per language (parsed messages are cached inside it).
export type Translator = {
  (key: string, values?: TranslationValues): string;
  has(key: string): boolean;
};

function makeTranslator(locale: Locale): Translator {
  // The catalogs are read at run time, so keys are plain strings here; the catalog test
  // checks that every key used exists.
  return createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translator;
}

const translators = new Map<Locale, Translator>();

export function translatorFor(locale: Locale): Translator {
  if (process.env.NODE_ENV === "development") return makeTranslator(locale);
  let translator = translators.get(locale);
  if (!translator) {
    translator = makeTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

/** The language of the current request, or English where there is none (a cron job, a test). */
export async function currentLocaleOrDefault(): Promise<Locale> {
  try {
    return toLocale(await getLocale()) ?? defaultLocale;
  } catch {
    return defaultLocale;
  }
}
