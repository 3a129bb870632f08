"use client";

import { useTranslations } from "next-intl";

import { newUid } from "@/lib/admin/program-settings-form";
import { NumberField, Section, SelectField, TextField } from "./form-controls";
import { AddRowButton, EmptyList, ListRow } from "./list-row";
import { useProgramForm } from "./program-form-context";

// i18n-keys: adminProgram.tiers.bases.SPEND adminProgram.tiers.bases.POINTS
// i18n-keys: adminProgram.tiers.windows.ROLLING_12_MONTHS adminProgram.tiers.windows.CALENDAR_YEAR

export function TiersSection({ tierMembers }: { tierMembers: Record<string, number> }) {
  const t = useTranslations("adminProgram.tiers");
  const { draft, currency, errorsAt, setRule, setRow, addRow, removeRow } = useProgramForm();
  const { rules, tiers } = draft;
  const spend = rules.tierBasis === "SPEND";

  function remove(index: number) {
    const members = tiers[index]?.id ? (tierMembers[tiers[index]!.id!] ?? 0) : 0;
    if (members > 0 && !window.confirm(t("removeConfirm", { count: members, name: tiers[index]!.name }))) return;
    removeRow("tiers", index);
  }

  return (
    <div className="space-y-8">
      <Section title={t("rulesTitle")} description={t("rulesDescription")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            label={t("basis")}
            value={rules.tierBasis}
            onChange={(value) => setRule("tierBasis", value)}
            options={(["SPEND", "POINTS"] as const).map((value) => ({ value, label: t(`bases.${value}`) }))}
          />
          <SelectField
            label={t("window")}
            value={rules.tierWindow}
            onChange={(value) => setRule("tierWindow", value)}
            options={(["ROLLING_12_MONTHS", "CALENDAR_YEAR"] as const).map((value) => ({ value, label: t(`windows.${value}`) }))}
          />
          <NumberField
            label={t("grace")}
            description={t("graceHint")}
            suffix={t("daysUnit")}
            value={rules.tierGraceDays}
            onChange={(value) => setRule("tierGraceDays", value)}
            error={errorsAt("rules.tierGraceDays")}
          />
        </div>
      </Section>
      <Section title={t("listTitle")} description={t("listDescription")}>
        {tiers.length === 0 ? <EmptyList>{t("none")}</EmptyList> : null}
        {tiers.map((tier, index) => {
          const path = `tiers.${index}`;
          const members = tier.id ? (tierMembers[tier.id] ?? 0) : 0;
          return (
            <ListRow key={tier.uid} legend={t("legend", { name: tier.name || t("unnamed") })} onRemove={() => remove(index)} removeLabel={t("remove")}>
              <div className="grid gap-4 sm:grid-cols-3">
                <TextField label={t("name")} value={tier.name} onChange={(name) => setRow("tiers", index, { name })} error={errorsAt(`${path}.name`)} />
                <NumberField
                  label={spend ? t("thresholdSpend") : t("thresholdPoints")}
                  prefix={spend ? currency : undefined}
                  suffix={spend ? undefined : t("pointsUnit")}
                  decimal={spend}
                  value={tier.threshold}
                  onChange={(threshold) => setRow("tiers", index, { threshold })}
                  error={errorsAt(`${path}.threshold`)}
                />
                <NumberField
                  label={t("multiplier")}
                  suffix="×"
                  decimal
                  value={tier.multiplierBp}
                  onChange={(multiplierBp) => setRow("tiers", index, { multiplierBp })}
                  error={errorsAt(`${path}.multiplierBp`)}
                />
              </div>
              <TextField label={t("perks")} value={tier.perks} onChange={(perks) => setRow("tiers", index, { perks })} error={errorsAt(`${path}.perks`)} />
              {members > 0 ? <p className="text-sm text-ink-muted">{t("members", { count: members })}</p> : null}
            </ListRow>
          );
        })}
        {errorsAt("tiers") ? <p className="text-sm font-medium text-red-700">{errorsAt("tiers")!.join(" ")}</p> : null}
        <AddRowButton onClick={() => addRow("tiers", { uid: newUid(), id: null, name: "", threshold: "", multiplierBp: "1", perks: "" })}>{t("add")}</AddRowButton>
      </Section>
    </div>
  );
}
