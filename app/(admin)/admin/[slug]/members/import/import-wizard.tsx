"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import type { ImportPreview, ImportStatus } from "@/lib/admin/csv-import";
import { ImportPreviewView } from "./import-preview";
import { ImportProgress } from "./import-progress";

type Phase =
  | { kind: "choose"; error?: string }
  | { kind: "checking" }
  | { kind: "preview"; preview: ImportPreview; error?: string }
  | { kind: "importing"; preview: ImportPreview; processed: number }
  | { kind: "done"; imported: number; skipped: number };

const POLL_MS = 300;

async function send(url: string, file: File): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  const form = new FormData();
  form.set("file", file);
  const response = await fetch(url, { method: "POST", body: form });
  return { ok: response.ok, body: await response.json().catch(() => ({})) };
}

export function ImportWizard({ slug, maxRows }: { slug: string; maxRows: number }) {
  const t = useTranslations("adminImport");
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const poller = useRef<ReturnType<typeof setInterval> | null>(null);
  const base = `/admin/${slug}/members/import/jobs`;
  const stopPolling = () => {
    if (poller.current) clearInterval(poller.current);
    poller.current = null;
  };
  useEffect(() => stopPolling, []);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setPhase({ kind: "checking" });
    try {
      const { ok, body } = await send(base, file);
      if (!ok) return setPhase({ kind: "choose", error: errorMessage(body) ?? t("requestFailed") });
      setPhase({ kind: "preview", preview: body as unknown as ImportPreview });
    } catch {
      setPhase({ kind: "choose", error: t("requestFailed") });
    }
  }

  async function commit(preview: ImportPreview) {
    if (!file) return;
    setPhase({ kind: "importing", preview, processed: 0 });
    // The import runs inside the POST; meanwhile the job's row says how far it got.
    poller.current = setInterval(async () => {
      const response = await fetch(`${base}/${preview.jobId}`, { cache: "no-store" }).catch(() => null);
      const status = (await response?.json().catch(() => null)) as ImportStatus | null;
      if (status?.status === "IMPORTING") setPhase((current) => (current.kind === "importing" ? { ...current, processed: status.processedRows } : current));
    }, POLL_MS);
    try {
      const { ok, body } = await send(`${base}/${preview.jobId}`, file);
      stopPolling();
      if (!ok) return setPhase({ kind: "preview", preview: { ...preview, status: "FAILED" }, error: t("failed", { message: errorMessage(body) ?? t("requestFailed") }) });
      setPhase({ kind: "done", imported: Number(body.imported), skipped: Number(body.skipped) });
    } catch {
      stopPolling();
      setPhase({ kind: "preview", preview: { ...preview, status: "FAILED" }, error: t("failed", { message: t("requestFailed") }) });
    }
  }

  const reset = () => {
    setFile(null);
    setPhase({ kind: "choose" });
  };

  if (phase.kind === "done") {
    return (
      <Card className="space-y-4 p-5 sm:p-6">
        <ImportProgress processed={1} total={1} />
        <Alert variant="success" title={t("done.title")}>
          {t("done.text", { imported: phase.imported, skipped: phase.skipped })}
        </Alert>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href={`/admin/${slug}/members`}>{t("done.members")}</Link>
          </Button>
          <Button variant="secondary" onClick={reset}>
            {t("done.again")}
          </Button>
        </div>
      </Card>
    );
  }

  if (phase.kind === "preview" || phase.kind === "importing") {
    return (
      <ImportPreviewView
        preview={phase.preview}
        error={phase.kind === "preview" ? phase.error : undefined}
        importing={phase.kind === "importing" ? { processed: phase.processed } : null}
        onConfirm={() => commit(phase.preview)}
        onReset={reset}
      />
    );
  }

  return (
    <Card className="p-5 sm:p-6">
      <form onSubmit={check} className="space-y-4">
        <Field
          label={t("choose.label")}
          description={t("choose.hint", { rows: maxRows.toLocaleString() })}
          type="file"
          accept=".csv,text/csv"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          className="max-w-md"
          inputClassName="h-auto py-2"
        />
        {phase.kind === "choose" && phase.error ? <Alert variant="danger">{phase.error}</Alert> : null}
        <Button type="submit" pending={phase.kind === "checking"} disabled={!file}>
          {phase.kind === "checking" ? t("choose.checking") : t("choose.submit")}
        </Button>
      </form>
    </Card>
  );
}

function errorMessage(body: Record<string, unknown>): string | null {
  const error = body.error as { message?: unknown } | undefined;
  return typeof error?.message === "string" ? error.message : null;
}
