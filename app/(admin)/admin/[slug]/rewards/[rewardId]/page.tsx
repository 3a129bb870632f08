import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getRewardForEdit, listGateTiers } from "@/lib/admin/rewards";
import { requireOwner } from "@/lib/auth/guards";
import { minorUnitDigits } from "@/lib/format/money";
import { ArchiveRewardButton } from "../archive-reward-button";
import { RewardForm } from "../reward-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminRewards"))("title") };
}

type Props = { params: Promise<{ slug: string; rewardId: string }> };

export default async function EditRewardPage({ params }: Props) {
  const { slug, rewardId } = await params;
  const { business } = await requireOwner(slug);
  // Scoped by the owner's business: another business's reward id is a 404.
  const reward = await getRewardForEdit(business!.id, rewardId);
  if (!reward) notFound();
  const [t, tiers] = await Promise.all([
    getTranslations("adminRewards"),
    listGateTiers(business!.id),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/admin/${slug}/rewards`} className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-brand-800 hover:underline">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("backToList")}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold text-ink">
            {t("editTitle", { name: reward.name })}
            {reward.archived ? <Badge variant="neutral">{t("sections.archived")}</Badge> : null}
          </h1>
          <ArchiveRewardButton slug={slug} rewardId={reward.id} name={reward.name} archived={reward.archived} />
        </div>
      </div>
      <Card className="p-5 sm:p-6">
        <RewardForm slug={slug} currency={details.currency} digits={minorUnitDigits(details.currency)} timeZone={details.timeZone} tiers={tiers} reward={reward} />
      </Card>
    </div>
  );
}
