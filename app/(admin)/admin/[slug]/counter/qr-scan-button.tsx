"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { ScanLine, X } from "lucide-react";
import type QrScanner from "qr-scanner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

// i18n-keys: adminCounter.scanner.noCamera adminCounter.scanner.denied adminCounter.scanner.insecure adminCounter.scanner.failed
type ScanState = "starting" | "scanning" | "noCamera" | "denied" | "insecure" | "failed";

/**
 * A button that opens the device camera and hands back the first QR code it reads. The
 * scanner library is loaded only when the dialog opens; a missing camera, a refused
 * permission or a plain-http page end in a message, and the typed field stays the way in.
 */
export function QrScanButton({ label, onScan, className }: { label: string; onScan: (text: string) => void; className?: string }) {
  const t = useTranslations("adminCounter.scanner");
  const [open, setOpen] = useState(false);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button type="button" variant="secondary" size="touch" className={cn("px-4 leading-tight whitespace-normal sm:px-5", className)}>
          <ScanLine aria-hidden="true" />
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-ink/70" />
        <Dialog.Content className="fixed inset-x-4 top-1/2 z-50 mx-auto max-h-[92dvh] max-w-lg -translate-y-1/2 overflow-y-auto rounded-card bg-surface p-5 shadow-lg sm:p-6">
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-xl font-semibold text-ink">{t("title")}</Dialog.Title>
            <Dialog.Close asChild>
              <Button type="button" variant="ghost" size="icon" aria-label={t("close")}>
                <X aria-hidden="true" />
              </Button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-ink-muted">{t("description")}</Dialog.Description>
          {open ? (
            <ScannerView
              onResult={(text) => {
                setOpen(false);
                onScan(text);
              }}
            />
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ScannerView({ onResult }: { onResult: (text: string) => void }) {
  const t = useTranslations("adminCounter.scanner");
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<ScanState>(() => (window.isSecureContext ? "starting" : "insecure"));
  const deliver = useRef(onResult);
  useEffect(() => {
    deliver.current = onResult;
  }, [onResult]);

  useEffect(() => {
    if (!window.isSecureContext || !video.current) return;
    const element = video.current;
    let scanner: QrScanner | undefined;
    let stopped = false;
    void (async () => {
      try {
        const { default: Scanner } = await import("qr-scanner");
        if (stopped) return;
        if (!(await Scanner.hasCamera())) {
          if (!stopped) setState("noCamera");
          return;
        }
        scanner = new Scanner(
          element,
          (result) => {
            if (stopped) return;
            stopped = true;
            scanner?.stop();
            deliver.current(result.data.trim());
          },
          { returnDetailedScanResult: true, preferredCamera: "environment", highlightScanRegion: true, highlightCodeOutline: true, maxScansPerSecond: 8 },
        );
        await scanner.start();
        if (!stopped) setState("scanning");
      } catch (error) {
        if (!stopped) setState(failureOf(error));
      }
    })();
    return () => {
      stopped = true;
      scanner?.destroy();
    };
  }, []);

  const problem = state === "noCamera" || state === "denied" || state === "insecure" || state === "failed";
  return (
    <div className="mt-4 space-y-3">
      <div className={problem ? "hidden" : "relative overflow-hidden rounded-control bg-ink"}>
        {/* A live camera picture has nothing to caption. */}
        <video ref={video} className="aspect-square w-full object-cover" muted playsInline />
      </div>
      {state === "starting" ? (
        <p role="status" className="text-ink-muted">
          {t("starting")}
        </p>
      ) : null}
      {problem ? <Alert variant="warning">{t(state)}</Alert> : null}
    </div>
  );
}

/** getUserMedia's DOMException names, and the library's own "Camera not found." string. */
function failureOf(error: unknown): ScanState {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const message = typeof error === "string" ? error : error instanceof Error ? error.message : "";
  if (name === "NotAllowedError" || name === "SecurityError" || /permission|denied/i.test(message)) return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || /not found/i.test(message)) return "noCamera";
  return "failed";
}
