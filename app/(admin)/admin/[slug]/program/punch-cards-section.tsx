"use client";

import { useTranslations } from "next-intl";

import { newUid } from "@/lib/admin/program-settings-form";
import { CheckboxField, NumberField, Section, SelectField, TextField } from "./form-controls";
import { AddRowButton, EmptyList, ListRow } from "./list-row";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.punchCards.rules.VISIT adminProgram.punchCards.rules.AMOUNT adminProgram.punchCards.rules.ITEM

type Reward = { id: string; name: string; archived: boolean };

export function PunchCardsSection({ rewards }: { rewards: Reward[] }) {
  const t = useTranslations("adminProgram.punchCards");
  const { draft, currency, errorsAt, setRow, addRow, removeRow } = useProgramForm();
  const rewardOptions = (current: string) => [
    { value: "", label: t("noReward") },
    ...rewards.filter((reward) => !reward.archived || reward.id === current).map((reward) => ({ value: reward.id, label: reward.name })),
  ];

  return (
    <Section title={t("title")} description={t("description")}>
      {draft.punchCards.length === 0 ? <EmptyList>{t("none")}</EmptyList> : null}
      {draft.punchCards.map((card, index) => {
        const path = `punchCards.${index}`;
        return (
          <ListRow key={card.uid} legend={t("legend", { name: card.name || t("unnamed") })} onRemove={() => removeRow("punchCards", index)} removeLabel={t("remove")}>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField label={t("name")} value={card.name} onChange={(name) => setRow("punchCards", index, { name })} error={errorsAt(`${path}.name`)} />
              <NumberField label={t("stamps")} value={card.stampsRequired} onChange={(stampsRequired) => setRow("punchCards", index, { stampsRequired })} error={errorsAt(`${path}.stampsRequired`)} />
              <SelectField
                label={t("rule")}
                value={card.stampRule}
                onChange={(stampRule) => setRow("punchCards", index, { stampRule })}
                options={(["VISIT", "AMOUNT", "ITEM"] as const).map((value) => ({ value, label: t(`rules.${value}`) }))}
              />
              {card.stampRule === "ITEM" ? (
                <TextField label={t("item")} description={t("itemHint")} value={card.stampItem} onChange={(stampItem) => setRow("punchCards", index, { stampItem })} error={errorsAt(`${path}.stampItem`)} />
              ) : (
                <NumberField
                  label={card.stampRule === "AMOUNT" ? t("amountPerStamp") : t("minimumVisit")}
                  description={card.stampRule === "VISIT" ? t("minimumVisitHint") : undefined}
                  prefix={currency}
                  decimal
                  value={card.stampMinorUnit}
                  onChange={(stampMinorUnit) => setRow("punchCards", index, { stampMinorUnit })}
                  error={errorsAt(`${path}.stampMinorUnit`)}
                />
              )}
              <SelectField label={t("reward")} value={card.rewardId} onChange={(rewardId) => setRow("punchCards", index, { rewardId })} options={rewardOptions(card.rewardId)} error={errorsAt(`${path}.rewardId`)} />
            </div>
            <CheckboxField label={t("active")} description={t("activeHint")} checked={card.active} onChange={(active) => setRow("punchCards", index, { active })} />
          </ListRow>
        );
      })}
      <p className="text-sm text-ink-muted">{t("removeNote")}</p>
      <AddRowButton
        onClick={() =>
          addRow("punchCards", { uid: newUid(), id: null, name: "", stampsRequired: "10", stampRule: "VISIT", stampMinorUnit: "0", stampItem: "", rewardId: "", active: true })
        }
      >
        {t("add")}
      </AddRowButton>
    </Section>
  );
}
