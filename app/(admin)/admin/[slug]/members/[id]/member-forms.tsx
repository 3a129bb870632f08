"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { addMemberNoteAction, adjustMemberPointsAction, sendPersonalNoteAction } from "./actions";

type FieldErrors = Record<string, { _errors?: string[] } | undefined> | undefined;
const fieldError = (errors: unknown, field: string) => (errors as FieldErrors)?.[field]?._errors;

/** One key per draft: a double click or a retry of the same submission acts once. */
function useSubmissionKey(): [string, () => void] {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return [key, () => setKey(crypto.randomUUID())];
}

export function AdjustPointsForm({ slug, memberId }: { slug: string; memberId: string }) {
  const t = useTranslations("adminMemberDetail.adjust");
  const [points, setPoints] = useState("");
  const [reason, setReason] = useState("");
  const [key, nextKey] = useSubmissionKey();
  const adjust = useAction(adjustMemberPointsAction, {
    onSuccess: ({ data }) => {
      if (data) toast.success(t("done", { balance: data.balance }));
      setPoints("");
      setReason("");
      nextKey();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    adjust.execute({ slug, memberId, points: Number(points), reason, idempotencyKey: key });
  }

  return (
    <Card className="p-5 sm:p-6">
      <h2 className="text-lg font-semibold text-ink">{t("title")}</h2>
      <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
      <form onSubmit={submit} className="mt-4 space-y-4" aria-label={t("title")}>
        <Field
          label={t("points")}
          description={t("pointsHint")}
          type="number"
          inputMode="numeric"
          step={1}
          required
          value={points}
          onChange={(event) => setPoints(event.target.value)}
          error={fieldError(adjust.result.validationErrors, "points")}
        />
        <Field
          label={t("reason")}
          description={t("reasonHint")}
          required
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError(adjust.result.validationErrors, "reason")}
        />
        {adjust.result.serverError ? <Alert variant="danger">{adjust.result.serverError}</Alert> : null}
        <Button type="submit" pending={adjust.isPending}>
          {t("submit")}
        </Button>
      </form>
    </Card>
  );
}

export function PersonalNoteForm({ slug, memberId, available }: { slug: string; memberId: string; available: boolean }) {
  const t = useTranslations("adminMemberDetail.personal");
  const [message, setMessage] = useState("");
  const [key, nextKey] = useSubmissionKey();
  const send = useAction(sendPersonalNoteAction, {
    onSuccess: ({ data }) => {
      toast.success(data?.queued ? t("sent") : t("already"));
      setMessage("");
      nextKey();
    },
  });

  return (
    <Card className="p-5 sm:p-6">
      <h2 className="text-lg font-semibold text-ink">{t("title")}</h2>
      <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
      {available ? (
        <form
          className="mt-4 space-y-4"
          aria-label={t("title")}
          onSubmit={(event) => {
            event.preventDefault();
            send.execute({ slug, memberId, message, idempotencyKey: key });
          }}
        >
          <Field label={t("message")} error={fieldError(send.result.validationErrors, "message")}>
            {(control) => (
              <textarea {...control} required maxLength={1000} rows={4} value={message} onChange={(event) => setMessage(event.target.value)} className={cn(inputClassName, "h-auto py-2.5")} />
            )}
          </Field>
          {send.result.serverError ? <Alert variant="danger">{send.result.serverError}</Alert> : null}
          <Button type="submit" pending={send.isPending}>
            {t("submit")}
          </Button>
        </form>
      ) : (
        <Alert variant="info" role="note" className="mt-4">
          {t("unavailable")}
        </Alert>
      )}
    </Card>
  );
}

export function NoteForm({ slug, memberId, children }: { slug: string; memberId: string; children: ReactNode }) {
  const t = useTranslations("adminMemberDetail.notes");
  const [body, setBody] = useState("");
  const add = useAction(addMemberNoteAction, {
    onSuccess: () => {
      toast.success(t("added"));
      setBody("");
    },
  });

  return (
    <Card className="p-5 sm:p-6">
      <h2 className="text-lg font-semibold text-ink">{t("title")}</h2>
      <p className="mt-1 text-sm text-ink-muted">{t("description")}</p>
      <form
        className="mt-4 space-y-3"
        aria-label={t("title")}
        onSubmit={(event) => {
          event.preventDefault();
          add.execute({ slug, memberId, body });
        }}
      >
        <Field label={t("label")} error={fieldError(add.result.validationErrors, "body")}>
          {(control) => (
            <textarea {...control} required maxLength={2000} rows={3} value={body} onChange={(event) => setBody(event.target.value)} className={cn(inputClassName, "h-auto py-2.5")} />
          )}
        </Field>
        {add.result.serverError ? <Alert variant="danger">{add.result.serverError}</Alert> : null}
        <Button type="submit" variant="secondary" pending={add.isPending}>
          {t("submit")}
        </Button>
      </form>
      <div className="mt-5">{children}</div>
    </Card>
  );
}
