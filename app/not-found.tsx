import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="container-page flex h-16 items-center">
        <Link href="/" className="rounded-control" aria-label="Suki home">
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
          <p className="mt-6 text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404</p>
          <h1 className="mt-2 font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">
            Page not found
          </h1>
          <p className="mt-4 text-lg text-ink-muted">
            We looked behind the counter and under the tables, but this page isn&apos;t here. The
            link may be old, or the address mistyped.
          </p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link href="/">Back to home</Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link href="/login">Sign in</Link>
            </Button>
          </div>
        </div>
      </main>
    </div>
  );
}
