"use client";

import { useEffect } from "react";
import { RotateCcw } from "lucide-react";

import { Button } from "@/components/ui/button";
import { DigestCode, ErrorPanel, errorDigest } from "@/components/ui/error-panel";

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
            // The root layout failed, so no catalog is loaded: this last resort stays English.
            texts={{
              title: "Something went wrong",
              text: "Sorry, this page hit a snag on our side. Please try again in a moment.",
              home: "Back to home",
              reference: (digest) => (
                <>
                  Reference code: <DigestCode>{digest}</DigestCode>
                </>
              ),
            }}
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
