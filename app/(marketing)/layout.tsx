import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-40 print:hidden border-b border-line/80 bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
        <div className="container-page flex h-16 items-center justify-between gap-4">
          <Link href="/" className="rounded-control" aria-label="Suki home">
            <Wordmark />
          </Link>
          <nav aria-label="Main" className="flex items-center gap-1 sm:gap-2">
            <Link
              href="/#how-it-works"
              className="hidden rounded-control px-3 py-2 text-sm font-semibold text-ink-muted hover:text-ink sm:inline-block"
            >
              How it works
            </Link>
            <Link
              href="/join/kape-suki"
              className="hidden rounded-control px-3 py-2 text-sm font-semibold text-ink-muted hover:text-ink sm:inline-block"
            >
              Demo café
            </Link>
            <Button asChild variant="secondary" size="sm">
              <Link href="/login">Sign in</Link>
            </Button>
          </nav>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>

      <footer className="border-t border-line bg-brand-50 print:hidden">
        <div className="container-page grid gap-8 py-10 sm:grid-cols-[1fr_auto] sm:items-start">
          <div className="max-w-md space-y-3">
            <Wordmark />
            <p className="text-sm text-ink-muted">
              <span lang="fil" className="italic">Suki</span> is Filipino for a loyal regular: the
              customer you know by name. Suki is open, self-hostable loyalty software for the
              small businesses they keep coming back to.
            </p>
          </div>
          <nav aria-label="Footer">
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
              <li>
                <Link href="/join/kape-suki" className="text-brand-700 underline-offset-4 hover:underline">
                  See the demo café
                </Link>
              </li>
              <li>
                <Link href="/login" className="text-brand-700 underline-offset-4 hover:underline">
                  Sign in
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="border-t border-line">
          <p className="container-page py-4 text-xs text-ink-muted">
            Self-hosted: this program&apos;s member data lives on its owner&apos;s server.
          </p>
        </div>
      </footer>
    </div>
  );
}
