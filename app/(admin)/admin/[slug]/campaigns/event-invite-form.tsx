"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { inviteToEventAction } from "./actions";

export function EventInviteForm({ slug, tiers, timeZone }: { slug: string; tiers: { id: string; name: string }[]; timeZone: string }) {
  const t = useTranslations("adminCampaigns");
  const tErrors = useTranslations("errors");
  const [form, setForm] = useState({ eventName: "", startsAt: "", details: "", minTierId: "" });
  const invite = useAction(inviteToEventAction);
  const errors = invite.result.validationErrors as Partial<Record<keyof typeof form, { _errors?: string[] }>> | undefined;
  const error = invite.result.serverError ?? (errors && !errors.eventName && !errors.startsAt ? tErrors("generic") : null);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.execute({ slug, ...form });
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-live="polite">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("event.name")} required maxLength={120} value={form.eventName} onChange={set("eventName")} error={errors?.eventName?._errors} />
        <Field label={t("event.starts")} type="datetime-local" required description={t("event.startsHint", { timeZone })} value={form.startsAt} onChange={set("startsAt")} error={errors?.startsAt?._errors} />
      </div>
      <Field label={t("event.details")} maxLength={500} value={form.details} onChange={set("details")} />
      <div className="space-y-1.5">
        <label htmlFor="event-audience" className="text-sm font-semibold text-ink">{t("event.audience")}</label>
        <select id="event-audience" className={inputClassName} value={form.minTierId} onChange={set("minTierId")}>
          <option value="">{t("event.everyone")}</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>{t("event.tierAndAbove", { tier: tier.name })}</option>
          ))}
        </select>
      </div>
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {invite.result.data ? <Alert variant="success">{t("event.queued", { count: invite.result.data.queued })}</Alert> : null}
      <Button type="submit" pending={invite.isPending}>
        {t("event.send")}
      </Button>
    </form>
  );
}
