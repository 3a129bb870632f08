import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { OnboardingChecklist } from "@/components/admin/onboarding-checklist";
import { Alert } from "@/components/ui/alert";
import { getOnboardingChecklist } from "@/lib/admin/onboarding";
import { requireOwner } from "@/lib/auth/guards";
import { goLiveAction, markOnboardingStepAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminOnboarding.setup");
  return { title: t("title") };
}

type Props = { params: Promise<{ slug: string }> };

/** Where a new business lands: the setup checklist on its own (the overview shows it too). */
export default async function SetupPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [t, checklist] = await Promise.all([getTranslations("adminOnboarding.setup"), getOnboardingChecklist(business!.id)]);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("heading", { name: business!.name })}</h1>
        <p className="mt-1 text-ink-muted">{t("intro")}</p>
      </div>
      {checklist ? (
        <OnboardingChecklist slug={slug} checklist={checklist} markStep={markOnboardingStepAction} goLive={goLiveAction} />
      ) : (
        <Alert variant="success" title={t("allSetTitle")}>
          <Link href={`/admin/${slug}`}>{t("allSetLink")}</Link>
        </Alert>
      )}
    </div>
  );
}
