"use client";

import { useTranslations } from "next-intl";

import { CheckboxField, NumberField, Section, SelectField } from "./form-controls";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.perks.periods.WEEK adminProgram.perks.periods.MONTH adminProgram.perks.periods.QUARTER adminProgram.perks.periods.YEAR

export function PerksSection() {
  const t = useTranslations("adminProgram.perks");
  const { draft, currency, errorsAt, setRule } = useProgramForm();
  const { rules } = draft;
  return (
    <div className="space-y-8">
      <Section title={t("visitTitle")} description={t("visitDescription")}>
        <CheckboxField label={t("visitEnabled")} checked={rules.visitDiscountEnabled} onChange={(checked) => setRule("visitDiscountEnabled", checked)} />
        {rules.visitDiscountEnabled ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberField label={t("visitBase")} suffix="%" decimal value={rules.visitDiscountBaseBp} onChange={(value) => setRule("visitDiscountBaseBp", value)} error={errorsAt("rules.visitDiscountBaseBp")} />
            <NumberField label={t("visitStep")} suffix="%" decimal value={rules.visitDiscountStepBp} onChange={(value) => setRule("visitDiscountStepBp", value)} error={errorsAt("rules.visitDiscountStepBp")} />
            <NumberField label={t("visitCap")} suffix="%" decimal value={rules.visitDiscountCapBp} onChange={(value) => setRule("visitDiscountCapBp", value)} error={errorsAt("rules.visitDiscountCapBp")} />
            <SelectField
              label={t("visitPeriod")}
              value={rules.visitDiscountPeriod}
              onChange={(value) => setRule("visitDiscountPeriod", value)}
              options={(["WEEK", "MONTH", "QUARTER", "YEAR"] as const).map((value) => ({ value, label: t(`periods.${value}`) }))}
            />
          </div>
        ) : null}
      </Section>
      <Section title={t("membershipTitle")} description={t("membershipDescription")}>
        <CheckboxField label={t("membershipEnabled")} checked={rules.membershipEnabled} onChange={(checked) => setRule("membershipEnabled", checked)} />
        {rules.membershipEnabled ? (
          <div className="grid gap-4 sm:grid-cols-3">
            <NumberField label={t("membershipFee")} prefix={currency} decimal value={rules.membershipFeeMinor} onChange={(value) => setRule("membershipFeeMinor", value)} error={errorsAt("rules.membershipFeeMinor")} />
            <NumberField label={t("membershipCashback")} suffix="%" decimal value={rules.membershipCashbackBp} onChange={(value) => setRule("membershipCashbackBp", value)} error={errorsAt("rules.membershipCashbackBp")} />
            <NumberField
              label={t("membershipCap")}
              description={t("membershipCapHint")}
              prefix={currency}
              decimal
              value={rules.membershipCapMinor}
              onChange={(value) => setRule("membershipCapMinor", value)}
              error={errorsAt("rules.membershipCapMinor")}
            />
          </div>
        ) : null}
      </Section>
    </div>
  );
}
