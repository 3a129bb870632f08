"use server";

import { memberAction, publicAction } from "@/lib/actions/safe-action";
import { chooseLanguageSchema } from "@/lib/i18n/schemas";
import { rememberLocaleInBrowser, saveUserLocale } from "@/lib/i18n/user-locale";

/** Signed in: the choice is saved on the account (portal, emails, other devices). */
export const saveLanguageAction = memberAction.inputSchema(chooseLanguageSchema).action(async ({ parsedInput: { locale }, ctx: { user } }) => {
  await saveUserLocale({ userId: user.id, locale });
  await rememberLocaleInBrowser(locale);
  return { locale };
});

/** A visitor without an account: the choice lives in this browser only. */
export const chooseLanguageAction = publicAction.inputSchema(chooseLanguageSchema).action(async ({ parsedInput: { locale } }) => {
  await rememberLocaleInBrowser(locale);
  return { locale };
});
