"use client";

import { useTranslations } from "next-intl";

import { NumberField, Section, SelectField, TextField } from "./form-controls";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.earning.roundingOptions.DOWN adminProgram.earning.roundingOptions.NEAREST adminProgram.earning.roundingOptions.UP

export function EarningSection() {
  const t = useTranslations("adminProgram.earning");
  const { draft, currency, errorsAt, setRule } = useProgramForm();
  const { rules } = draft;
  return (
    <div className="space-y-8">
      <Section title={t("title")} description={t("description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField label={t("points")} value={rules.earnPoints} onChange={(value) => setRule("earnPoints", value)} suffix={t("pointsUnit")} error={errorsAt("rules.earnPoints")} />
          <NumberField
            label={t("perAmount")}
            prefix={currency}
            decimal
            value={rules.earnPerMinor}
            onChange={(value) => setRule("earnPerMinor", value)}
            error={errorsAt("rules.earnPerMinor")}
          />
        </div>
        <SelectField
          label={t("rounding")}
          description={t("roundingHint")}
          value={rules.rounding}
          onChange={(value) => setRule("rounding", value)}
          options={(["DOWN", "NEAREST", "UP"] as const).map((value) => ({ value, label: t(`roundingOptions.${value}`) }))}
          error={errorsAt("rules.rounding")}
        />
      </Section>
      <Section title={t("limitsTitle")} description={t("limitsDescription")}>
        <NumberField
          label={t("minSpend")}
          description={t("minSpendHint")}
          prefix={currency}
          decimal
          value={rules.minSpendMinor}
          onChange={(value) => setRule("minSpendMinor", value)}
          error={errorsAt("rules.minSpendMinor")}
        />
        <TextField
          label={t("categories")}
          description={t("categoriesHint")}
          value={rules.qualifyingCategories}
          onChange={(value) => setRule("qualifyingCategories", value)}
          error={errorsAt("rules.qualifyingCategories")}
        />
      </Section>
      <Section title={t("valueTitle")} description={t("valueDescription")}>
        <NumberField
          label={t("pointValue")}
          prefix={currency}
          decimal
          value={rules.pointValueMinor}
          onChange={(value) => setRule("pointValueMinor", value)}
          error={errorsAt("rules.pointValueMinor")}
        />
      </Section>
    </div>
  );
}
