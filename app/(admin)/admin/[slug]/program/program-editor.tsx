"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type FormEvent } from "react";
import { Tabs } from "radix-ui";
import { toast } from "sonner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { programSettingsSchema, type ProgramSettings } from "@/lib/admin/program-schemas";
import { errorsByPath, fromDraft, toDraft, type ProgramDraft } from "@/lib/admin/program-settings-form";
import { cn } from "@/lib/utils/cn";
import { updateProgramSettingsAction } from "./actions";
import { BonusesSection } from "./bonuses-section";
import { EarningSection } from "./earning-section";
import { ExpirySection } from "./expiry-section";
import { PerksSection } from "./perks-section";
import { addRowTo, applyRow, applyRule, ProgramFormProvider, removeRowFrom, type ProgramForm } from "./program-form-context";
import { ProgramPreview } from "./program-preview";
import { PromotionsSection } from "./promotions-section";
import { PunchCardsSection } from "./punch-cards-section";
import { TiersSection } from "./tiers-section";
import { tabOfPath, TABS, type TabKey } from "./tabs";
// i18n-keys: adminProgram.tabs.earning adminProgram.tabs.bonuses adminProgram.tabs.expiry adminProgram.tabs.tiers
// i18n-keys: adminProgram.tabs.punchCards adminProgram.tabs.promotions adminProgram.tabs.perks

type Props = {
  slug: string;
  initial: ProgramSettings;
  version: string;
  currency: string;
  timeZone: string;
  rewards: { id: string; name: string; archived: boolean }[];
  tierMembers: Record<string, number>;
};

/** next-safe-action's formatted errors ({ rules: { earnPoints: { _errors } } }) by path. */
function flattenFormatted(value: unknown, prefix = "", into: Record<string, string[]> = {}): Record<string, string[]> {
  if (!value || typeof value !== "object") return into;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "_errors" && Array.isArray(inner) && inner.length > 0) into[prefix] = inner as string[];
    else if (key !== "_errors") flattenFormatted(inner, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

export function ProgramEditor({ slug, initial, version, currency, timeZone, rewards, tierMembers }: Props) {
  const t = useTranslations("adminProgram");
  const [draft, setDraft] = useState<ProgramDraft>(() => toDraft(initial, currency));
  const [seenVersion, setSeenVersion] = useState(version);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [tab, setTab] = useState<TabKey>("earning");
  // A save re-renders the page with a new version: start over from what was stored.
  if (seenVersion !== version) {
    setSeenVersion(version);
    setDraft(toDraft(initial, currency));
  }
  const baseline = useMemo(() => JSON.stringify(toDraft(initial, currency)), [initial, currency]);
  const dirty = JSON.stringify(draft) !== baseline;

  const save = useAction(updateProgramSettingsAction, {
    onSuccess: ({ data }) => toast.success(data?.changed ? t("saved") : t("nothingChanged")),
  });
  const errors = useMemo(
    () => ({ ...flattenFormatted(save.result.validationErrors), ...clientErrors }),
    [save.result.validationErrors, clientErrors],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const form: ProgramForm = {
    draft,
    currency,
    timeZone,
    errorsAt: (path) => errors[path],
    setRule: (field, value) => setDraft((current) => applyRule(current, field, value)),
    setRow: (list, index, patch) => setDraft((current) => applyRow(current, list, index, patch)),
    addRow: (list, row) => setDraft((current) => addRowTo(current, list, row)),
    removeRow: (list, index) => setDraft((current) => removeRowFrom(current, list, index)),
  };
  const settings = fromDraft(draft, currency);
  const errorCount = (key: TabKey) => Object.keys(errors).filter((path) => tabOfPath(path) === key).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const parsed = programSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      const found = errorsByPath(parsed.error.issues);
      setClientErrors(found);
      const first = TABS.find((key) => Object.keys(found).some((path) => tabOfPath(path) === key));
      if (first) setTab(first);
      toast.error(t("fixErrors"));
      return;
    }
    setClientErrors({});
    save.execute({ slug, ...parsed.data });
  }

  return (
    <ProgramFormProvider value={form}>
      <form onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          <Tabs.Root value={tab} onValueChange={(value) => setTab(value as TabKey)}>
            <Tabs.List aria-label={t("sectionsLabel")} className="flex flex-wrap gap-1 border-b border-line">
              {TABS.map((key) => (
                <Tabs.Trigger
                  key={key}
                  value={key}
                  className={cn(
                    "-mb-px flex min-h-11 items-center gap-2 border-b-2 border-transparent px-3 text-sm font-semibold text-ink-muted",
                    "hover:text-ink data-[state=active]:border-brand-700 data-[state=active]:text-ink",
                  )}
                >
                  {t(`tabs.${key}`)}
                  {errorCount(key) > 0 ? (
                    <span className="rounded-full bg-red-700 px-1.5 text-xs text-white">
                      {errorCount(key)}
                      <span className="sr-only"> {t("tabErrors", { count: errorCount(key) })}</span>
                    </span>
                  ) : null}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            {TABS.map((key) => (
              <Tabs.Content key={key} value={key} className="mt-4">
                <Card>
                  <CardContent>
                    {key === "earning" ? <EarningSection /> : null}
                    {key === "bonuses" ? <BonusesSection /> : null}
                    {key === "expiry" ? <ExpirySection /> : null}
                    {key === "tiers" ? <TiersSection tierMembers={tierMembers} /> : null}
                    {key === "punchCards" ? <PunchCardsSection rewards={rewards} /> : null}
                    {key === "promotions" ? <PromotionsSection /> : null}
                    {key === "perks" ? <PerksSection /> : null}
                  </CardContent>
                </Card>
              </Tabs.Content>
            ))}
          </Tabs.Root>
          {save.result.serverError ? <Alert variant="danger">{save.result.serverError}</Alert> : null}
          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-line bg-canvas/95 px-1 py-3 backdrop-blur">
            <Button type="submit" pending={save.isPending}>
              {t("save")}
            </Button>
            <Button type="button" variant="ghost" disabled={!dirty || save.isPending} onClick={() => (setDraft(toDraft(initial, currency)), setClientErrors({}), save.reset())}>
              {t("discard")}
            </Button>
            <p className="text-sm text-ink-muted" role="status">
              {dirty ? t("unsaved") : t("upToDate")}
            </p>
          </div>
        </div>
        <aside aria-labelledby="program-preview-title">
          <ProgramPreview settings={settings} currency={currency} timeZone={timeZone} />
        </aside>
      </form>
    </ProgramFormProvider>
  );
}
