"use client";

import { useEffect } from "react";
import { RotateCcw } from "lucide-react";

import { Button } from "@/components/ui/button";
import { ErrorPanel, errorDigest } from "@/components/ui/error-panel";

import "./globals.css";

type GlobalErrorProps = {
  error: unknown;
  reset: () => void;
  retry?: () => void;
};

/** Replaces the root layout when the layout itself fails, so it brings its own document. */
export default function GlobalError({ error, reset, retry }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <body className="min-h-dvh bg-canvas text-ink">
        <title>Something went wrong · Suki</title>
        <main id="main" tabIndex={-1} className="container-page flex min-h-dvh items-center justify-center py-16">
          <ErrorPanel
            digest={errorDigest(error)}
            action={
              <Button size="lg" onClick={() => (retry ?? reset)()}>
                <RotateCcw aria-hidden="true" />
                Try again
              </Button>
            }
          />
        </main>
      </body>
    </html>
  );
}
