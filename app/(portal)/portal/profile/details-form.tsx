"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { updateProfileAction } from "./actions";

type DetailsFormProps = { name: string | null; phone: string | null; birthday: string | null };
type Errors = Partial<Record<"name" | "phone" | "birthday", string[]>>;

function fieldErrors(validationErrors: unknown): Errors {
  const errors: Errors = {};
  if (typeof validationErrors !== "object" || validationErrors === null) return errors;
  for (const key of ["name", "phone", "birthday"] as const) {
    const entry = (validationErrors as Record<string, { _errors?: string[] } | undefined>)[key];
    if (entry?._errors?.length) errors[key] = entry._errors;
  }
  return errors;
}

export function DetailsForm(props: DetailsFormProps) {
  const t = useTranslations("profile");
  const [name, setName] = useState(props.name ?? "");
  const [phone, setPhone] = useState(props.phone ?? "");
  const [birthday, setBirthday] = useState(props.birthday ?? "");
  const save = useAction(updateProfileAction);
  const errors = fieldErrors(save.result.validationErrors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.execute({ name, phone, birthday });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {save.result.serverError ? <Alert variant="danger">{save.result.serverError}</Alert> : null}
      {save.hasSucceeded ? <Alert variant="success">{t("details.saved")}</Alert> : null}
      <Field label={t("details.name")} name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <Field
        label={t("details.phone")}
        name="phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.phone}
        description={t("details.phoneHint")}
      />
      <Field
        label={t("details.birthday")}
        name="birthday"
        type="date"
        autoComplete="bday"
        value={birthday}
        readOnly={Boolean(props.birthday)}
        onChange={(e) => setBirthday(e.target.value)}
        error={errors.birthday}
        description={props.birthday ? t("details.birthdayOnFile") : t("details.birthdayHint")}
      />
      <Button type="submit" pending={save.isPending}>
        {t("details.save")}
      </Button>
    </form>
  );
}
