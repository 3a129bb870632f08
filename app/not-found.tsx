import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Compass } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFound.title") };
}

export default async function NotFound() {
  const [t, tCommon] = await Promise.all([getTranslations("errors"), getTranslations("common")]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="container-page flex h-16 items-center">
        <Link href="/" className="rounded-control" aria-label={tCommon("home")}>
          <Wordmark />
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="container-page flex flex-1 items-center justify-center py-16">
        <div className="max-w-md text-center">
          <div
            aria-hidden="true"
            className="mx-auto grid size-16 place-items-center rounded-full bg-brand-100 text-brand-800"
          >
            <Compass className="size-8" />
          </div>
          <p className="mt-6 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("notFound.eyebrow")}</p>
          <h1 className="mt-2 font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">{t("notFound.title")}</h1>
          <p className="mt-4 text-lg text-ink-muted">{t("notFound.text")}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/">{t("notFound.home")}</Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link href="/login">{t("notFound.signIn")}</Link>
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
