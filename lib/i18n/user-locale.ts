import "server-only";

import { cookies } from "next/headers";

import { db } from "@/lib/db/client";
import type { Locale } from "./locales";
import { LOCALE_COOKIE } from "./resolve-locale";

/** The signed-in person's choice: it follows them to every device and into their emails. */
export async function saveUserLocale(input: { userId: string; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: input.userId }, data: { locale: input.locale } });
}

/** This browser's choice, also kept after signing out. */
export async function rememberLocaleInBrowser(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
}
