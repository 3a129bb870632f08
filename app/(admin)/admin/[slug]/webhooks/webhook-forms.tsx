"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createWebhookEndpointAction, deleteWebhookEndpointAction, setWebhookEndpointActiveAction } from "./actions";

const GENERIC_ERROR = "Something went wrong. Please try again.";

export function NewEndpointForm({ slug, events }: { slug: string; events: string[] }) {
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<string[]>(events);
  const create = useAction(createWebhookEndpointAction, { onSuccess: () => setUrl("") });
  const fieldErrors = create.result.validationErrors as { url?: { _errors?: string[] }; events?: { _errors?: string[] } } | undefined;
  const error = create.result.serverError ?? (fieldErrors && !fieldErrors.url ? (fieldErrors.events?._errors?.[0] ?? GENERIC_ERROR) : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.execute({ slug, url, events: chosen as never });
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" aria-live="polite">
      <Field label="Endpoint URL" type="url" required placeholder="https://pos.example.com/suki-webhooks" value={url} onChange={(event) => setUrl(event.target.value)} error={fieldErrors?.url?._errors} />
      <fieldset>
        <legend className="text-sm font-semibold text-ink">Events</legend>
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
          Endpoint added. Its signing secret is shown only now; store it in your system: <code className="break-all">{create.result.data.secret}</code>
        </Alert>
      ) : null}
      <Button type="submit" pending={create.isPending}>
        Add endpoint
      </Button>
    </form>
  );
}

export function EndpointControls({ slug, endpointId, active }: { slug: string; endpointId: string; active: boolean }) {
  const toggle = useAction(setWebhookEndpointActiveAction);
  const remove = useAction(deleteWebhookEndpointAction);
  const error = toggle.result.serverError ?? remove.result.serverError;
  return (
    <>
      <Button variant="secondary" size="sm" pending={toggle.isPending} onClick={() => toggle.execute({ slug, endpointId, active: !active })}>
        {active ? "Pause" : "Resume"}
      </Button>
      <Button
        variant="danger"
        size="sm"
        pending={remove.isPending}
        onClick={() => {
          if (window.confirm("Remove this endpoint and its delivery history?")) remove.execute({ slug, endpointId });
        }}
      >
        Remove
      </Button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </>
  );
}
