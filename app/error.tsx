"use client";

import { useEffect } from "react";
import { RotateCcw } from "lucide-react";

import { Button } from "@/components/ui/button";
import { ErrorPanel, errorDigest } from "@/components/ui/error-panel";

type ErrorPageProps = {
  error: unknown;
  reset: () => void;
  /** Next 16.4+: re-fetches the segment's server data before rendering it again. */
  retry?: () => void;
};

export default function ErrorPage({ error, reset, retry }: ErrorPageProps) {
  useEffect(() => {
    // The browser console only; the server already logged the full error under its digest.
    console.error(error);
  }, [error]);

  return (
    <main id="main" tabIndex={-1} className="container-page flex min-h-dvh items-center justify-center py-16">
      <ErrorPanel
        digest={errorDigest(error)}
        action={
          // retry() re-runs Server Components too; reset() alone would re-render the same failure.
          <Button size="lg" onClick={() => (retry ?? reset)()}>
            <RotateCcw aria-hidden="true" />
            Try again
          </Button>
        }
      />
    </main>
  );
}
