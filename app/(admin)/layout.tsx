import type { ReactNode } from "react";

import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";

/** Every admin page (the business picker, onboarding, each business's area) gets the admin catalogs. */
export default function AdminAreaLayout({ children }: { children: ReactNode }) {
  return <AreaIntlProvider area="admin">{children}</AreaIntlProvider>;
}
