"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Download } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { deleteAccountAction, signOutEverywhereAction, unsubscribeAllAction } from "./actions";

export function UnsubscribeAllButton() {
  const t = useTranslations("profile");
  const unsubscribe = useAction(unsubscribeAllAction);
  return (
    <div className="space-y-3">
      {unsubscribe.hasSucceeded ? <Alert variant="success">{t("email.unsubscribedAll")}</Alert> : null}
      {unsubscribe.result.serverError ? <Alert variant="danger">{unsubscribe.result.serverError}</Alert> : null}
      <Button variant="secondary" className="h-auto min-h-11 w-full py-2 whitespace-normal sm:w-auto" pending={unsubscribe.isPending} onClick={() => unsubscribe.execute({})}>
        {t("email.unsubscribeAll")}
      </Button>
    </div>
  );
}

export function DownloadDataLink() {
  const t = useTranslations("profile");
  return (
    <Button asChild variant="secondary">
      <a href="/portal/profile/export" download>
        <Download aria-hidden="true" />
        {t("data.download")}
      </a>
    </Button>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations("sessions");
  const signOut = useAction(signOutEverywhereAction);
  return (
    <div className="space-y-3">
      {signOut.result.serverError ? <Alert variant="danger">{signOut.result.serverError}</Alert> : null}
      <Button variant="secondary" pending={signOut.isPending || signOut.hasNavigated} onClick={() => signOut.execute({})}>
        {t("button")}
      </Button>
    </div>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("profile");
  const [confirmation, setConfirmation] = useState("");
  const remove = useAction(deleteAccountAction);
  const fieldError = (remove.result.validationErrors as { confirmation?: { _errors?: string[] } } | undefined)?.confirmation?._errors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.execute({ confirmation });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {remove.result.serverError ? <Alert variant="danger">{remove.result.serverError}</Alert> : null}
      <Field
        label={t("delete.confirmLabel")}
        name="confirmation"
        autoComplete="off"
        autoCapitalize="characters"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={fieldError}
      />
      <Button type="submit" variant="danger" pending={remove.isPending || remove.hasNavigated}>
        {t("delete.button")}
      </Button>
    </form>
  );
}
