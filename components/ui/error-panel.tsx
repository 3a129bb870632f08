import Link from "next/link";
import type { ReactNode } from "react";
import { Unplug } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";

/**
 * The body of the error boundaries: a calm message, a retry button and, when the server gave
 * one, the digest as a reference code that support can match with the server logs. It never
 * shows the error's message or stack, which may carry internal details.
 */
export function ErrorPanel({ digest, action }: { digest?: string; action: ReactNode }) {
  return (
    <div className="max-w-md text-center">
      <div aria-hidden="true" className="mx-auto grid size-16 place-items-center rounded-full bg-brand-100 text-brand-800">
        <Unplug className="size-8" />
      </div>
      <h1 className="mt-6 font-display text-3xl font-bold tracking-tight text-ink">Something went wrong</h1>
      <p className="mt-4 text-lg text-ink-muted">
        Sorry, this page hit a snag on our side. Please try again in a moment.
      </p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        {action}
        <Link href="/" className={buttonVariants({ variant: "secondary", size: "lg" })}>
          Back to home
        </Link>
      </div>
      {digest ? (
        <p className="mt-8 text-sm text-ink-muted">
          Reference code: <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-ink">{digest}</code>
        </p>
      ) : null}
    </div>
  );
}

/** `error.digest` when the thrown value carries one (errors from Server Components do). */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error) {
    const { digest } = error as { digest?: unknown };
    return typeof digest === "string" && digest.length > 0 ? digest : undefined;
  }
  return undefined;
}
