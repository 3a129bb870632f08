import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getCurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { businessSlugFromPath, PATHNAME_HEADER } from "./business-path";
import { chooseLocale } from "./choose-locale";
import type { Locale } from "./locales";

/** An anonymous visitor's choice from the language menu (signed-in people's goes to User.locale). */
export const LOCALE_COOKIE = "SUKI_LOCALE";

const businessLocale = cache(async (slug: string): Promise<string | null> => {
  const business = await db.business.findUnique({ where: { slug }, select: { locale: true } });
  return business?.locale ?? null;
});

/** The language of this request (i18n/request.ts): see chooseLocale for the order. */
export async function resolveRequestLocale(): Promise<Locale> {
  // The language is never worth failing a page for: an unreadable session or business falls
  // through to the next source.
  const [user, cookieStore, headerList] = await Promise.all([getCurrentUser().catch(() => null), cookies(), headers()]);
  return chooseLocale({
    saved: user?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    businessDefault: async () => {
      const slug = businessSlugFromPath(headerList.get(PATHNAME_HEADER));
      return slug ? businessLocale(slug).catch(() => null) : null;
    },
  });
}
