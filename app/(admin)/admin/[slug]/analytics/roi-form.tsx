"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { moneyInputValue, parseMoneyInput } from "@/lib/analytics/money-input";
import type { RoiInputs } from "@/lib/analytics/program-query";
import { updateRoiInputsAction } from "./actions";

type Name = keyof RoiInputs;
const NAMES: Name[] = ["pointValueMinor", "programCostMonthlyMinor", "emailCostPerThousandMinor"];

/** The owner's costs behind ROI and liability, typed as amounts in the business's currency. */
export function RoiForm({ slug, currency, inputs }: { slug: string; currency: string; inputs: RoiInputs }) {
  const t = useTranslations("adminAnalytics");
  const [values, setValues] = useState(() => Object.fromEntries(NAMES.map((name) => [name, moneyInputValue(inputs[name], currency)])) as Record<Name, string>);
  const [invalid, setInvalid] = useState<Name[]>([]);
  const save = useAction(updateRoiInputsAction);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Object.fromEntries(NAMES.map((name) => [name, parseMoneyInput(values[name], currency)])) as Record<Name, number | null>;
    const wrong = NAMES.filter((name) => parsed[name] === null);
    setInvalid(wrong);
    if (wrong.length === 0) save.execute({ slug, ...(parsed as RoiInputs) });
  }

  const field = (name: Name, label: string, hint: string) => (
    <Field
      label={label}
      description={hint}
      inputMode="decimal"
      autoComplete="off"
      required
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      error={invalid.includes(name) ? t("roi.invalid") : null}
    />
  );

  return (
    <form onSubmit={submit} className="space-y-4" aria-live="polite">
      <div className="grid gap-4 sm:grid-cols-3">
        {field("pointValueMinor", t("roi.pointValue"), t("roi.pointValueHint", { currency }))}
        {field("programCostMonthlyMinor", t("roi.programCost"), t("roi.programCostHint", { currency }))}
        {field("emailCostPerThousandMinor", t("roi.emailCost"), t("roi.emailCostHint", { currency }))}
      </div>
      {save.result.serverError ? <Alert variant="danger">{save.result.serverError}</Alert> : null}
      {save.result.data && !save.isPending ? <Alert variant="success">{t("roi.saved")}</Alert> : null}
      <Button type="submit" pending={save.isPending}>
        {t("roi.save")}
      </Button>
    </form>
  );
}
