"use client";

import { useTranslations } from "next-intl";

import { Field } from "@/components/ui/field";
import { newUid } from "@/lib/admin/program-settings-form";
import { CheckboxField, NumberField, Section, TextField } from "./form-controls";
import { AddRowButton, EmptyList, ListRow } from "./list-row";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.bonuses.signupBonus adminProgram.bonuses.birthdayBonus adminProgram.bonuses.referralBonus adminProgram.bonuses.referredBonus

const BONUSES = ["signupBonus", "birthdayBonus", "referralBonus", "referredBonus"] as const;

export function BonusesSection() {
  const t = useTranslations("adminProgram.bonuses");
  const { draft, errorsAt, setRule, setRow, addRow, removeRow } = useProgramForm();
  return (
    <div className="space-y-8">
      <Section title={t("title")} description={t("description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {BONUSES.map((field) => (
            <NumberField
              key={field}
              label={t(field)}
              suffix={t("pointsUnit")}
              value={draft.rules[field]}
              onChange={(value) => setRule(field, value)}
              error={errorsAt(`rules.${field}`)}
            />
          ))}
        </div>
      </Section>
      <Section title={t("actionsTitle")} description={t("actionsDescription")}>
        {draft.loyaltyActions.length === 0 ? <EmptyList>{t("noActions")}</EmptyList> : null}
        {draft.loyaltyActions.map((action, index) => {
          const path = `loyaltyActions.${index}`;
          return (
            <ListRow key={action.uid} legend={t("actionLegend", { name: action.name || t("unnamed") })} onRemove={() => removeRow("loyaltyActions", index)} removeLabel={t("removeAction")}>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField label={t("actionName")} value={action.name} onChange={(name) => setRow("loyaltyActions", index, { name })} error={errorsAt(`${path}.name`)} />
                {action.id ? (
                  <Field label={t("actionKey")} description={t("actionKeyLocked")} value={action.key} readOnly />
                ) : (
                  <TextField
                    label={t("actionKey")}
                    description={t("actionKeyHint")}
                    value={action.key}
                    onChange={(key) => setRow("loyaltyActions", index, { key: key.toLowerCase() })}
                    error={errorsAt(`${path}.key`)}
                  />
                )}
                <NumberField label={t("actionPoints")} suffix={t("pointsUnit")} value={action.points} onChange={(points) => setRow("loyaltyActions", index, { points })} error={errorsAt(`${path}.points`)} />
                <NumberField
                  label={t("actionMax")}
                  description={t("actionMaxHint")}
                  value={action.maxPerMember}
                  onChange={(maxPerMember) => setRow("loyaltyActions", index, { maxPerMember })}
                  error={errorsAt(`${path}.maxPerMember`)}
                />
              </div>
              <CheckboxField label={t("actionActive")} checked={action.active} onChange={(active) => setRow("loyaltyActions", index, { active })} />
            </ListRow>
          );
        })}
        <AddRowButton onClick={() => addRow("loyaltyActions", { uid: newUid(), id: null, key: "", name: "", points: "", maxPerMember: "1", active: true })}>
          {t("addAction")}
        </AddRowButton>
      </Section>
    </div>
  );
}
