import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";

import { Card } from "@/components/ui/card";
import { listGateTiers } from "@/lib/admin/rewards";
import { requireOwner } from "@/lib/auth/guards";
import { minorUnitDigits } from "@/lib/format/money";
import { RewardForm } from "../reward-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminRewards"))("newTitle") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function NewRewardPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
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
        <h1 className="text-2xl font-semibold text-ink">{t("newTitle")}</h1>
      </div>
      <Card className="p-5 sm:p-6">
        <RewardForm slug={slug} currency={details.currency} digits={minorUnitDigits(details.currency)} timeZone={details.timeZone} tiers={tiers} />
      </Card>
    </div>
  );
}
