import type { Metadata } from "next";
import Link from "next/link";
import { MailX } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";
import { findUnsubscribeTarget } from "@/lib/portal/profile";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/** The page behind "unsubscribe" in every marketing email: works without signing in. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const target = await findUnsubscribeTarget(token);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="container-page flex h-16 items-center">
        <Link href="/" className="rounded-control" aria-label="Suki home">
          <Wordmark />
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="container-page flex flex-1 items-start justify-center py-12">
        <div className="w-full max-w-md space-y-6 rounded-card border border-line bg-surface p-6 text-center shadow-card">
          <div aria-hidden="true" className="mx-auto grid size-14 place-items-center rounded-full bg-brand-100 text-brand-800">
            <MailX className="size-7" />
          </div>
          {!target ? (
            <>
              <h1 className="text-2xl font-semibold text-ink">This link does not work</h1>
              <p className="text-ink-muted">It may be from an old email. Sign in to choose your emails in your profile.</p>
              <Button asChild variant="secondary">
                <Link href="/login?callbackUrl=%2Fportal%2Fprofile">Sign in</Link>
              </Button>
            </>
          ) : done === "1" || target.unsubscribed ? (
            <>
              <h1 className="text-2xl font-semibold text-ink">You are unsubscribed</h1>
              <Alert variant="success">{target.businessName} will not send you marketing email any more.</Alert>
              <p className="text-sm text-ink-muted">Vouchers and sign-in links still arrive. Changed your mind? Switch emails back on in your profile.</p>
            </>
          ) : (
            <>
              <h1 className="text-2xl font-semibold text-ink">Unsubscribe from {target.businessName}?</h1>
              <p className="text-ink-muted">No more thank-you notes, milestones or offers from {target.businessName}. Your points stay.</p>
              <form method="post" action={`/unsubscribe/${encodeURIComponent(token)}/one-click`}>
                <Button type="submit" size="lg" className="w-full">
                  Unsubscribe
                </Button>
              </form>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
