import Link from "next/link";
import type { ReactNode } from "react";
import { Unplug } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";

export type ErrorPanelTexts = { title: string; text: string; home: string; reference: (digest: string) => ReactNode };

/**
 * The body of the error boundaries: a calm message, a retry button and, when the server gave
 * one, the digest as a reference code that support can match with the server logs. It never
 * shows the error's message or stack, which may carry internal details. The texts come from
 * the boundary: app/error.tsx translates them, app/global-error.tsx (no layout, no catalogs)
 * passes English.
 */
export function ErrorPanel({ digest, action, texts }: { digest?: string; action: ReactNode; texts: ErrorPanelTexts }) {
  return (
    <div className="max-w-md text-center">
      <div aria-hidden="true" className="mx-auto grid size-16 place-items-center rounded-full bg-brand-100 text-brand-800">
        <Unplug className="size-8" />
      </div>
      <h1 className="mt-6 font-display text-3xl font-bold tracking-tight text-ink">{texts.title}</h1>
      <p className="mt-4 text-lg text-ink-muted">{texts.text}</p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        {action}
        <Link href="/" className={buttonVariants({ variant: "secondary", size: "lg" })}>
          {texts.home}
        </Link>
      </div>
      {digest ? <p className="mt-8 text-sm text-ink-muted">{texts.reference(digest)}</p> : null}
    </div>
  );
}

/** The digest in the reference line's code style. */
export function DigestCode({ children }: { children: ReactNode }) {
  return <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-ink">{children}</code>;
}

/** `error.digest` when the thrown value carries one (errors from Server Components do). */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error) {
    const { digest } = error as { digest?: unknown };
    return typeof digest === "string" && digest.length > 0 ? digest : undefined;
  }
  return undefined;
}
