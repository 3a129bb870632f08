"use client";

import { dateTimeFormat } from "@/lib/format/intl";
import { useTranslations } from "next-intl";

import { Field } from "@/components/ui/field";
import { useProgramForm } from "./program-form-context";

// 2023-01-01 was a Sunday: day d of that week names weekday d (0 = Sunday).
const weekdayName = (day: number, locale: string) =>
  dateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2023, 0, 1 + day)));

/** When a promotion runs: weekdays, local hours and a date range, all in the business's zone. */
export function PromotionWhen({ index, locale }: { index: number; locale: string }) {
  const t = useTranslations("adminProgram.promotions");
  const { draft, timeZone, errorsAt, setRow } = useProgramForm();
  const promotion = draft.promotions[index]!;
  const path = `promotions.${index}`;

  function toggleDay(day: number, on: boolean) {
    const days = on ? [...promotion.daysOfWeek, day] : promotion.daysOfWeek.filter((d) => d !== day);
    setRow("promotions", index, { daysOfWeek: days.sort((a, b) => a - b) });
  }

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("days")}</legend>
        <p className="text-sm text-ink-muted">{t("daysHint")}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5, 6, 0].map((day) => (
            <label key={day} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-control border border-line px-3 text-sm">
              <input type="checkbox" className="size-4 accent-brand-700" checked={promotion.daysOfWeek.includes(day)} onChange={(event) => toggleDay(day, event.target.checked)} />
              {weekdayName(day, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label={t("from")} type="time" value={promotion.startMinute} onChange={(event) => setRow("promotions", index, { startMinute: event.target.value })} error={errorsAt(`${path}.startMinute`)} />
        <Field label={t("until")} type="time" value={promotion.endMinute} onChange={(event) => setRow("promotions", index, { endMinute: event.target.value })} error={errorsAt(`${path}.endMinute`)} />
        <Field label={t("firstDay")} type="date" value={promotion.startDate} onChange={(event) => setRow("promotions", index, { startDate: event.target.value })} error={errorsAt(`${path}.startDate`)} />
        <Field label={t("lastDay")} type="date" value={promotion.endDate} onChange={(event) => setRow("promotions", index, { endDate: event.target.value })} error={errorsAt(`${path}.endDate`)} />
      </div>
      <p className="text-sm text-ink-muted">{t("whenHint", { timeZone })}</p>
    </div>
  );
}
