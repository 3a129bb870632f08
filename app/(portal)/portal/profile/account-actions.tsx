"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { Download } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { deleteAccountAction, unsubscribeAllAction } from "./actions";

export function UnsubscribeAllButton() {
  const unsubscribe = useAction(unsubscribeAllAction);
  return (
    <div className="space-y-3">
      {unsubscribe.hasSucceeded ? <Alert variant="success">Done: no more marketing email from any program. Receipts and sign-in links still arrive.</Alert> : null}
      {unsubscribe.result.serverError ? <Alert variant="danger">{unsubscribe.result.serverError}</Alert> : null}
      <Button variant="secondary" className="h-auto min-h-11 w-full py-2 whitespace-normal sm:w-auto" pending={unsubscribe.isPending} onClick={() => unsubscribe.execute({})}>
        Unsubscribe from all marketing email
      </Button>
    </div>
  );
}

export function DownloadDataLink() {
  return (
    <Button asChild variant="secondary">
      <a href="/portal/profile/export" download>
        <Download aria-hidden="true" />
        Download my data (JSON)
      </a>
    </Button>
  );
}

export function DeleteAccountForm() {
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
        label="Type DELETE to confirm"
        name="confirmation"
        autoComplete="off"
        autoCapitalize="characters"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={fieldError}
      />
      <Button type="submit" variant="danger" pending={remove.isPending || remove.hasNavigated}>
        Delete my account
      </Button>
    </form>
  );
}
