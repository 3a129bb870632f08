import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { getProgramSettings } from "@/lib/admin/program-settings";
import { requireOwner } from "@/lib/auth/guards";
import { ProgramEditor } from "./program-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminProgram");
  return { title: t("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function ProgramPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [t, page] = await Promise.all([getTranslations("adminProgram"), getProgramSettings(business!.id)]);
  if (!page) notFound();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">{t("intro")}</p>
      </div>
      <ProgramEditor
        slug={slug}
        initial={page.settings}
        version={page.version}
        currency={page.business.currency}
        timeZone={page.business.timeZone}
        rewards={page.rewards}
        tierMembers={page.tierMembers}
      />
    </div>
  );
}
