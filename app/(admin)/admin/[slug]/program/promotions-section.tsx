"use client";

import { useLocale, useTranslations } from "next-intl";

import { newUid } from "@/lib/admin/program-settings-form";
import { CheckboxField, NumberField, Section, TextField } from "./form-controls";
import { AddRowButton, EmptyList, ListRow } from "./list-row";
import { useProgramForm } from "./program-form-context";
import { PromotionWhen } from "./promotion-when";

export function PromotionsSection() {
  const t = useTranslations("adminProgram.promotions");
  const locale = useLocale();
  const { draft, currency, errorsAt, setRow, addRow, removeRow } = useProgramForm();

  return (
    <Section title={t("title")} description={t("description")}>
      {draft.promotions.length === 0 ? <EmptyList>{t("none")}</EmptyList> : null}
      {draft.promotions.map((promotion, index) => {
        const path = `promotions.${index}`;
        return (
          <ListRow key={promotion.uid} legend={t("legend", { name: promotion.name || t("unnamed") })} onRemove={() => removeRow("promotions", index)} removeLabel={t("remove")}>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField label={t("name")} value={promotion.name} onChange={(name) => setRow("promotions", index, { name })} error={errorsAt(`${path}.name`)} />
              <NumberField
                label={t("multiplier")}
                suffix="×"
                decimal
                value={promotion.multiplierBp}
                onChange={(multiplierBp) => setRow("promotions", index, { multiplierBp })}
                error={errorsAt(`${path}.multiplierBp`)}
              />
              <NumberField
                label={t("bonus")}
                suffix={t("pointsUnit")}
                value={promotion.bonusPoints}
                onChange={(bonusPoints) => setRow("promotions", index, { bonusPoints })}
                error={errorsAt(`${path}.bonusPoints`)}
              />
            </div>
            <PromotionWhen index={index} locale={locale} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t("category")}
                description={t("categoryHint")}
                value={promotion.category}
                onChange={(category) => setRow("promotions", index, { category })}
                error={errorsAt(`${path}.category`)}
              />
              <NumberField
                label={t("minSpend")}
                prefix={currency}
                decimal
                value={promotion.minSpendMinor}
                onChange={(minSpendMinor) => setRow("promotions", index, { minSpendMinor })}
                error={errorsAt(`${path}.minSpendMinor`)}
              />
            </div>
            <CheckboxField label={t("active")} checked={promotion.active} onChange={(active) => setRow("promotions", index, { active })} />
          </ListRow>
        );
      })}
      <AddRowButton
        onClick={() =>
          addRow("promotions", {
            uid: newUid(), id: null, name: "", multiplierBp: "2", bonusPoints: "0", daysOfWeek: [], startMinute: "", endMinute: "",
            startDate: "", endDate: "", category: "", minSpendMinor: "0", active: true,
          })
        }
      >
        {t("add")}
      </AddRowButton>
    </Section>
  );
}
