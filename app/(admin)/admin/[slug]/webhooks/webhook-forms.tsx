"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createWebhookEndpointAction, deleteWebhookEndpointAction, setWebhookEndpointActiveAction } from "./actions";

export function NewEndpointForm({ slug, events }: { slug: string; events: string[] }) {
  const t = useTranslations("adminWebhooks");
  const tErrors = useTranslations("errors");
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<string[]>(events);
  const create = useAction(createWebhookEndpointAction, { onSuccess: () => setUrl("") });
  const fieldErrors = create.result.validationErrors as { url?: { _errors?: string[] }; events?: { _errors?: string[] } } | undefined;
  const error = create.result.serverError ?? (fieldErrors && !fieldErrors.url ? (fieldErrors.events?._errors?.[0] ?? tErrors("generic")) : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.execute({ slug, url, events: chosen as never });
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" aria-live="polite">
      <Field label={t("form.url")} type="url" required placeholder="https://pos.example.com/suki-webhooks" value={url} onChange={(event) => setUrl(event.target.value)} error={fieldErrors?.url?._errors} />
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("form.events")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {events.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(name)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, name] : current.filter((item) => item !== name)))}
              />
              <code>{name}</code>
            </label>
          ))}
        </div>
      </fieldset>
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {create.result.data ? (
        <Alert variant="success">
          {t.rich("form.added", { secret: create.result.data.secret, code: (chunks) => <code className="break-all">{chunks}</code> })}
        </Alert>
      ) : null}
      <Button type="submit" pending={create.isPending}>
        {t("form.add")}
      </Button>
    </form>
  );
}

export function EndpointControls({ slug, endpointId, active }: { slug: string; endpointId: string; active: boolean }) {
  const t = useTranslations("adminWebhooks");
  const toggle = useAction(setWebhookEndpointActiveAction);
  const remove = useAction(deleteWebhookEndpointAction);
  const error = toggle.result.serverError ?? remove.result.serverError;
  return (
    <>
      <Button variant="secondary" size="sm" pending={toggle.isPending} onClick={() => toggle.execute({ slug, endpointId, active: !active })}>
        {active ? t("controls.pause") : t("controls.resume")}
      </Button>
      <Button
        variant="danger"
        size="sm"
        pending={remove.isPending}
        onClick={() => {
          if (window.confirm(t("controls.removeConfirm"))) remove.execute({ slug, endpointId });
        }}
      >
        {t("controls.remove")}
      </Button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </>
  );
}
