import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Gift, Plus } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listRewards, type AdminReward, type RewardStatus } from "@/lib/admin/rewards";
import { requireOwner } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";
import { ArchiveRewardButton } from "./archive-reward-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminRewards"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

// i18n-keys: adminRewards.sections.active adminRewards.sections.scheduled adminRewards.sections.ended adminRewards.sections.archived
const SECTIONS: RewardStatus[] = ["active", "scheduled", "ended", "archived"];

export default async function RewardsPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [t, locale, rewards] = await Promise.all([
    getTranslations("adminRewards"),
    getLocale(),
    listRewards(business!.id),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  const when = (at: Date) => formatDateTime(at, details.timeZone, locale);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-ink-muted">{t("intro")}</p>
        </div>
        <Button asChild>
          <Link href={`/admin/${slug}/rewards/new`}>
            <Plus aria-hidden="true" />
            {t("newReward")}
          </Link>
        </Button>
      </div>

      {rewards.length === 0 ? (
        <EmptyState icon={<Gift />} title={t("emptyTitle")} text={t("emptyText")} />
      ) : (
        SECTIONS.map((status) => {
          const inSection = rewards.filter((reward) => reward.status === status);
          // "Scheduled" and "Ended" only matter when something is in them.
          if (inSection.length === 0 && (status === "scheduled" || status === "ended")) return null;
          return (
            <section key={status} aria-labelledby={`rewards-${status}`} className="space-y-3">
              <h2 id={`rewards-${status}`} className="flex items-baseline gap-2 text-lg font-semibold text-ink">
                {t(`sections.${status}`)} <span className="text-sm font-normal text-ink-muted">{t("sectionCount", { count: inSection.length })}</span>
              </h2>
              {inSection.length === 0 ? (
                <p className="text-sm text-ink-muted">{t("noneInSection")}</p>
              ) : (
                <ul className="divide-y divide-line rounded-card border border-line bg-surface shadow-card">
                  {inSection.map((reward) => (
                    <RewardRow key={reward.id} slug={slug} reward={reward} when={when} t={t} />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}

// i18n-keys: adminRewards.kinds.DISCOUNT adminRewards.kinds.FREE_ITEM adminRewards.kinds.UPGRADE adminRewards.kinds.DONATION adminRewards.kinds.PARTNER adminRewards.kinds.EVENT
type Translate = Awaited<ReturnType<typeof getTranslations<"adminRewards">>>;

function RewardRow({ slug, reward, when, t }: { slug: string; reward: AdminReward; when: (at: Date) => string; t: Translate }) {
  const facts = [
    reward.stockLeft === null ? t("list.unlimited") : t("list.stockLeft", { count: reward.stockLeft }),
    t("list.redeemed", { count: reward.timesRedeemed }),
    reward.minTierName ? t("list.tierGate", { tier: reward.minTierName }) : null,
    reward.partnerName
      ? reward.kind === "DONATION"
        ? t("list.donationTo", { partner: reward.partnerName })
        : t("list.partner", { partner: reward.partnerName })
      : null,
    reward.activeFrom ? t("list.from", { date: when(reward.activeFrom) }) : null,
    reward.activeUntil ? t("list.until", { date: when(reward.activeUntil) }) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <li aria-label={reward.name} className="flex flex-wrap items-center gap-4 p-4">
      {reward.imageUrl ? (
        <Image src={reward.imageUrl} alt="" width={64} height={64} unoptimized className="size-16 shrink-0 rounded-control object-cover" />
      ) : (
        <div aria-hidden="true" className="grid size-16 shrink-0 place-items-center rounded-control bg-brand-50 text-brand-700">
          <Gift className="size-6" />
        </div>
      )}
      <div className="min-w-0 flex-1 basis-64">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold text-ink">{reward.name}</h3>
          <Badge variant="neutral">{t(`kinds.${reward.kind}`)}</Badge>
          <Badge variant="brand" className="tabular-nums">{t("list.points", { points: reward.pointsCost })}</Badge>
        </div>
        <p className="mt-1 text-sm text-ink-muted">{facts.join(" · ")}</p>
      </div>
      <div className="flex items-center gap-2">
        <Button asChild variant="secondary" size="sm">
          <Link href={`/admin/${slug}/rewards/${reward.id}`} aria-label={t("list.editLabel", { name: reward.name })}>
            {t("list.edit")}
          </Link>
        </Button>
        <ArchiveRewardButton slug={slug} rewardId={reward.id} name={reward.name} archived={reward.status === "archived"} />
      </div>
    </li>
  );
}
