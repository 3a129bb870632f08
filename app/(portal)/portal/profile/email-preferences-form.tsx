"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EMAIL_KINDS, type EmailPreferences } from "@/lib/portal/email-preferences";
import { updateEmailPreferencesAction } from "./actions";

// i18n-keys: profile.email.kinds.thankYou.label profile.email.kinds.thankYou.hint profile.email.kinds.milestones.label
// i18n-keys: profile.email.kinds.milestones.hint profile.email.kinds.offers.label profile.email.kinds.offers.hint

/** One program's email switches; each program has its own form so choices stay per shop. */
export function EmailPreferencesForm({ slug, businessName, preferences }: { slug: string; businessName: string; preferences: EmailPreferences }) {
  const t = useTranslations("profile");
  const [values, setValues] = useState(preferences);
  // "Unsubscribe from all" changes the saved choices under this form: follow them.
  const [saved, setSaved] = useState(preferences);
  if (JSON.stringify(saved) !== JSON.stringify(preferences)) {
    setSaved(preferences);
    setValues(preferences);
  }
  const save = useAction(updateEmailPreferencesAction);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.execute({ slug, preferences: values });
      }}
      className="space-y-3"
    >
      <fieldset className="space-y-3">
        <legend className="font-semibold text-ink">{businessName}</legend>
        {EMAIL_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-3">
            <input
              type="checkbox"
              name={kind}
              checked={values[kind]}
              onChange={(event) => setValues((current) => ({ ...current, [kind]: event.target.checked }))}
              className="mt-1 size-5 accent-brand-700"
            />
            <span>
              <span className="block text-sm font-medium text-ink">{t(`email.kinds.${kind}.label`)}</span>
              <span className="block text-sm text-ink-muted">{t(`email.kinds.${kind}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {save.result.serverError ? <Alert variant="danger">{save.result.serverError}</Alert> : null}
      {save.hasSucceeded ? <Alert variant="success">{t("email.saved", { business: businessName })}</Alert> : null}
      <Button type="submit" variant="secondary" size="sm" pending={save.isPending}>
        {t("email.save")}
      </Button>
    </form>
  );
}
