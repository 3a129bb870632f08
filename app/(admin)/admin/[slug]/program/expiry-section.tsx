"use client";

import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { NumberField, Section, SelectField } from "./form-controls";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.expiry.policies.NEVER adminProgram.expiry.policies.AFTER_EARN adminProgram.expiry.policies.INACTIVITY

export function ExpirySection() {
  const t = useTranslations("adminProgram.expiry");
  const { draft, errorsAt, setRule } = useProgramForm();
  const { rules } = draft;
  return (
    <div className="space-y-8">
      <Section title={t("title")} description={t("description")}>
        <SelectField
          label={t("policy")}
          value={rules.expiryPolicy}
          onChange={(value) => setRule("expiryPolicy", value)}
          options={(["NEVER", "AFTER_EARN", "INACTIVITY"] as const).map((value) => ({ value, label: t(`policies.${value}`) }))}
          error={errorsAt("rules.expiryPolicy")}
        />
        {rules.expiryPolicy === "NEVER" ? null : (
          <NumberField
            label={rules.expiryPolicy === "AFTER_EARN" ? t("monthsAfterEarn") : t("monthsInactive")}
            suffix={t("monthsUnit")}
            value={rules.expiryMonths}
            onChange={(value) => setRule("expiryMonths", value)}
            error={errorsAt("rules.expiryMonths")}
          />
        )}
        <Alert variant="info" role="note">
          {t("futureOnly")}
        </Alert>
      </Section>
      <Section title={t("pendingTitle")} description={t("pendingDescription")}>
        <NumberField label={t("pendingDays")} suffix={t("daysUnit")} value={rules.pendingDays} onChange={(value) => setRule("pendingDays", value)} error={errorsAt("rules.pendingDays")} />
      </Section>
    </div>
  );
}
