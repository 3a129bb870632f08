import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Toaster } from "sonner";

import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("landing");
  return {
    title: { default: t("meta.title"), template: "%s · Suki" },
    description: t("meta.description"),
    applicationName: "Suki",
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Lets the portal's bottom tab bar sit above the home indicator on notched phones.
  viewportFit: "cover",
  themeColor: "#faf7f2",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-canvas text-ink">
        {/* Every layout renders <main id="main" tabIndex={-1}> as the target of this link. */}
        <a
          href="#main"
          className="sr-only rounded-control bg-brand-900 font-semibold text-white shadow-card focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-[100] focus:px-4 focus:py-3"
        >
          {t("skipToContent")}
        </a>
        <AreaIntlProvider area="public">{children}</AreaIntlProvider>
        <Toaster position="top-center" richColors closeButton />
      </body>
    </html>
  );
}
