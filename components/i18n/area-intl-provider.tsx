// The messages an area's client components need (lib/i18n/client-namespaces.ts), and only
// those, for the browser. Locale, time zone and formats come from the request as before.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

import { clientMessages, type ClientArea } from "@/lib/i18n/client-namespaces";

export async function AreaIntlProvider({ area, children }: { area: ClientArea; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, area)}>{children}</NextIntlClientProvider>;
}
