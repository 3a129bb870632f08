"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { RotateCcw } from "lucide-react";

import { Button } from "@/components/ui/button";
import { DigestCode, ErrorPanel, errorDigest } from "@/components/ui/error-panel";

type ErrorPageProps = {
  error: unknown;
  reset: () => void;
  /** Next 16.4+: re-fetches the segment's server data before rendering it again. */
  retry?: () => void;
};

export default function ErrorPage({ error, reset, retry }: ErrorPageProps) {
  const t = useTranslations("errors");
  useEffect(() => {
    // The browser console only; the server already logged the full error under its digest.
    console.error(error);
  }, [error]);

  return (
    <main id="main" tabIndex={-1} className="container-page flex min-h-dvh items-center justify-center py-16">
      <ErrorPanel
        digest={errorDigest(error)}
        texts={{
          title: t("errorPage.title"),
          text: t("errorPage.text"),
          home: t("errorPage.home"),
          reference: (digest) => t.rich("errorPage.reference", { digest, code: (chunks) => <DigestCode>{chunks}</DigestCode> }),
        }}
        action={
          // retry() re-runs Server Components too; reset() alone would re-render the same failure.
          <Button size="lg" onClick={() => (retry ?? reset)()}>
            <RotateCcw aria-hidden="true" />
            {t("errorPage.retry")}
          </Button>
        }
      />
    </main>
  );
}
