// next-intl's per-request configuration (wired in next.config.js): which language this request
// speaks and its catalogs. Locale-prefixed URLs are not used: a member's card link stays the
// same whatever language they read it in.
import { getRequestConfig } from "next-intl/server";

import { loadMessages } from "../lib/i18n/messages";
import { resolveRequestLocale } from "../lib/i18n/resolve-locale";

export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return { locale, messages: loadMessages(locale) };
});
