"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { EmailKind } from "@/lib/email/kinds";
import { sendTestEmailAction, updateCampaignSettingsAction } from "./actions";

const GENERIC_ERROR = "Something went wrong. Please try again.";

type Settings = { disabled: EmailKind[]; expiringWarnDays: number; thankYouDelayMinutes: number; marketingGapDays: number; touchEveryDays: number };

export function CampaignSettingsForm({ slug, settings, kinds }: { slug: string; settings: Settings; kinds: { kind: EmailKind; label: string }[] }) {
  const [enabled, setEnabled] = useState(kinds.map((k) => k.kind).filter((kind) => !settings.disabled.includes(kind)));
  const [numbers, setNumbers] = useState({
    thankYouDelayMinutes: String(settings.thankYouDelayMinutes),
    marketingGapDays: String(settings.marketingGapDays),
    touchEveryDays: String(settings.touchEveryDays),
    expiringWarnDays: String(settings.expiringWarnDays),
  });
  const save = useAction(updateCampaignSettingsAction);
  const errors = save.result.validationErrors as Partial<Record<keyof typeof numbers, { _errors?: string[] }>> | undefined;
  const error = save.result.serverError ?? (errors && Object.keys(errors).every((key) => !(key in numbers)) ? GENERIC_ERROR : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const asInt = (value: string) => (/^\d+$/.test(value) ? Number(value) : Number.NaN);
    save.execute({
      slug,
      enabled: enabled as never,
      thankYouDelayMinutes: asInt(numbers.thankYouDelayMinutes),
      marketingGapDays: asInt(numbers.marketingGapDays),
      touchEveryDays: asInt(numbers.touchEveryDays),
      expiringWarnDays: asInt(numbers.expiringWarnDays),
    });
  }
  const number = (name: keyof typeof numbers, label: string, description: string) => (
    <Field
      label={label}
      description={description}
      inputMode="numeric"
      required
      value={numbers[name]}
      onChange={(event) => setNumbers((current) => ({ ...current, [name]: event.target.value }))}
      error={errors?.[name]?._errors}
    />
  );

  return (
    <form onSubmit={submit} className="space-y-5" aria-live="polite">
      <fieldset>
        <legend className="text-sm font-semibold text-ink">Emails we send</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {kinds.map(({ kind, label }) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={enabled.includes(kind)}
                onChange={(event) => setEnabled((current) => (event.target.checked ? [...current, kind] : current.filter((item) => item !== kind)))}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {number("thankYouDelayMinutes", "Thank-you delay (minutes)", "How long after a purchase the note goes out.")}
        {number("marketingGapDays", "Marketing gap (days)", "At most one marketing email per member in this many days.")}
        {number("touchEveryDays", "Touch every (days)", "Active members who opted in hear from you at least this often.")}
        {number("expiringWarnDays", "Expiry warning (days before)", "When to warn that points are about to expire.")}
      </div>
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {save.result.data ? <Alert variant="success">Settings saved.</Alert> : null}
      <Button type="submit" pending={save.isPending}>
        Save settings
      </Button>
    </form>
  );
}

export function SendTestButton({ slug, kind, label }: { slug: string; kind: EmailKind; label: string }) {
  const send = useAction(sendTestEmailAction);
  return (
    <div className="flex flex-wrap items-center gap-3" aria-live="polite">
      <Button type="button" variant="secondary" size="sm" aria-label={`Send test to me: ${label}`} pending={send.isPending} onClick={() => send.execute({ slug, kind })}>
        Send test to me
      </Button>
      {send.result.data ? <span className="text-sm text-green-800">Sent to {send.result.data.sentTo}.</span> : null}
      {send.result.serverError ? <span className="text-sm text-red-700">{send.result.serverError}</span> : null}
    </div>
  );
}
