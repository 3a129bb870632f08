"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { CircleCheck, Circle, ExternalLink, Rocket } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OnboardingChecklist as ChecklistData, OnboardingStepKey } from "@/lib/admin/onboarding";
import type { OnboardingMark } from "@/lib/admin/onboarding-schemas";
import { cn } from "@/lib/utils/cn";

// i18n-keys: adminOnboarding.checklist.program.title adminOnboarding.checklist.program.text adminOnboarding.checklist.program.doneText
// i18n-keys: adminOnboarding.checklist.reward.title adminOnboarding.checklist.reward.text adminOnboarding.checklist.reward.doneText
// i18n-keys: adminOnboarding.checklist.staff.title adminOnboarding.checklist.staff.text adminOnboarding.checklist.staff.doneText
// i18n-keys: adminOnboarding.checklist.live.title adminOnboarding.checklist.live.text adminOnboarding.checklist.live.doneText
// i18n-keys: adminOnboarding.checklist.poster.title adminOnboarding.checklist.poster.text adminOnboarding.checklist.poster.doneText

type ActionResult = { serverError?: string } | undefined;

export type OnboardingChecklistProps = {
  slug: string;
  checklist: ChecklistData;
  /** markOnboardingStepAction and goLiveAction of app/(admin)/admin/actions.ts */
  markStep: (input: { slug: string; step: OnboardingMark }) => Promise<ActionResult>;
  goLive: (input: { slug: string }) => Promise<ActionResult>;
};

/**
 * The owner's setup guide until the program is live (and, right after going live, until the
 * join poster was opened). Data: getOnboardingChecklist (lib/admin/onboarding.ts).
 */
export function OnboardingChecklist({ slug, checklist, markStep, goLive }: OnboardingChecklistProps) {
  const t = useTranslations("adminOnboarding.checklist");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const base = `/admin/${slug}`;

  function run(action: () => Promise<ActionResult>) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (result?.serverError) setError(result.serverError);
    });
  }

  const mark = (step: OnboardingMark) => run(() => markStep({ slug, step }));

  const actions: Record<OnboardingStepKey, ReactNode> = {
    program: (
      <>
        <Button asChild size="sm">
          <Link href={`${base}/program`}>{t("program.open")}</Link>
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => mark("program")}>
          {t("program.confirm")}
        </Button>
      </>
    ),
    reward: (
      <Button asChild size="sm">
        <Link href={`${base}/rewards`}>{t("reward.open")}</Link>
      </Button>
    ),
    staff: (
      <>
        <Button asChild size="sm">
          <Link href={`${base}/staff`}>{t("staff.open")}</Link>
        </Button>
        <Button size="sm" variant="ghost" disabled={pending} onClick={() => mark("staff")}>
          {t("staff.skip")}
        </Button>
      </>
    ),
    live: (
      <Button size="sm" pending={pending} onClick={() => run(() => goLive({ slug }))}>
        <Rocket aria-hidden="true" />
        {t("live.open")}
      </Button>
    ),
    poster: checklist.live ? (
      <Button asChild size="sm">
        <a href={`/join/${slug}/qr`} target="_blank" rel="noopener" onClick={() => mark("poster")}>
          {t("poster.open")}
          <ExternalLink aria-hidden="true" />
          <span className="sr-only">{t("newTab")}</span>
        </a>
      </Button>
    ) : (
      <p className="text-sm text-ink-muted">{t("poster.afterLive")}</p>
    ),
  };

  return (
    <section aria-labelledby="onboarding-title">
      <Card>
      <CardHeader>
        <CardTitle id="onboarding-title">{checklist.live ? t("titleLive") : t("title")}</CardTitle>
        <CardDescription>{t("progress", { done: checklist.doneCount, total: checklist.steps.length })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="space-y-3">
          {checklist.steps.map((step) => (
            <li key={step.key} className={cn("flex gap-3 rounded-control border border-line p-4", step.done && "bg-stone-50")}>
              {step.done ? (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-green-700" />
              ) : (
                <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-stone-500" />
              )}
              <div className="min-w-0 flex-1">
                <h3 className="font-semibold text-ink">
                  {t(`${step.key}.title`)}
                  <span className="sr-only">{step.done ? t("done") : t("notDone")}</span>
                </h3>
                <p className="mt-0.5 text-sm text-ink-muted">{step.done ? t(`${step.key}.doneText`) : t(`${step.key}.text`)}</p>
                {step.done ? null : <div className="mt-3 flex flex-wrap items-center gap-2">{actions[step.key]}</div>}
              </div>
            </li>
          ))}
        </ol>
        {error ? (
          <Alert variant="danger" className="mt-4">
            {error}
          </Alert>
        ) : null}
      </CardContent>
      </Card>
    </section>
  );
}
