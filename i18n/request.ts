// next-intl's per-request configuration (wired in next.config.js): which language this request
// speaks and its catalogs. Locale-prefixed URLs are not used: a member's card link stays the
// same whatever language they read it in.
import { getRequestConfig } from "next-intl/server";

import { loadMessages } from "../lib/i18n/messages";
import { resolveRequestLocale } from "../lib/i18n/resolve-locale";

// next-intl's default time zone is the server's, read with a new Intl.DateTimeFormat on every
// request when the configuration names none; the zone is read once here instead. Dates shown
// to people name the business's zone explicitly (lib/format).
const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return { locale, messages: loadMessages(locale), timeZone: SERVER_TIME_ZONE };
});
