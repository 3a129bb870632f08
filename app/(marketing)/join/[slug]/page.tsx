import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Gift, Percent, Sparkles, Stamp } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/format/money";
import { formatPercentBp } from "@/lib/format/numbers";
import { getJoinProgram, type JoinProgram } from "@/lib/portal/join-page";
import { findMembership } from "@/lib/portal/program-access";
import { JoinPanel } from "./join-panel";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ref?: string; join?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [program, t] = await Promise.all([getJoinProgram((await params).slug), getTranslations("join")]);
  return { title: program ? t("title", { business: program.business.name }) : t("notFound") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"join">>>;

function tierThreshold(program: JoinProgram, threshold: number, t: Translate, locale: string): string {
  if (threshold === 0) return t("tierFromFirstVisit");
  return program.tierBasis === "SPEND"
    ? t("tierSpend", { amount: formatMoney(threshold, program.business.currency, locale) })
    : t("tierPoints", { count: threshold });
}

export default async function JoinPage({ params, searchParams }: Props) {
  const [{ slug }, { ref, join }] = await Promise.all([params, searchParams]);
  const program = await getJoinProgram(slug);
  if (!program) notFound();
  const user = await getCurrentUser();
  const member = user ? await findMembership(user.id, slug) : null;
  const referralCode = typeof ref === "string" && /^[A-Za-z0-9]{1,20}$/.test(ref) ? ref.toUpperCase() : undefined;
  const returnPath = `/join/${slug}${referralCode ? `?ref=${referralCode}` : ""}`;
  const { business } = program;
  const [t, locale] = await Promise.all([getTranslations("join"), getLocale()]);
  const percent = (bp: number) => formatPercentBp(bp, locale);

  return (
    <div className="container-page space-y-10 py-8 sm:py-12">
      <section className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div className="space-y-4">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
          <h1 className="font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">{t("title", { business: business.name })}</h1>
          <p className="max-w-prose text-lg text-ink-muted">
            {t("intro", { count: program.earnPoints, amount: formatMoney(program.earnPerMinor, business.currency, locale) })}
          </p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {program.signupBonus > 0 ? (
              <Perk icon={<Sparkles />}>{t("perkWelcome", { count: program.signupBonus })}</Perk>
            ) : null}
            {referralCode && program.referredBonus > 0 ? (
              <Perk icon={<Gift />}>{t("perkReferral", { count: program.referredBonus })}</Perk>
            ) : null}
            {program.visitDiscount ? (
              <Perk icon={<Percent />}>
                {t("perkDiscount", {
                  base: percent(program.visitDiscount.baseBp),
                  step: percent(program.visitDiscount.stepBp),
                  cap: percent(program.visitDiscount.capBp),
                  period: program.visitDiscount.period,
                })}
              </Perk>
            ) : null}
            {program.punchCards.map((card) => (
              <Perk key={card.name} icon={<Stamp />}>
                {card.rewardName
                  ? t("perkStampsFor", { card: card.name, count: card.stampsRequired, reward: card.rewardName.toLowerCase() })
                  : t("perkStamps", { card: card.name, count: card.stampsRequired })}
              </Perk>
            ))}
          </ul>
        </div>
        <Card className="lg:sticky lg:top-24">
          <CardHeader>
            <CardTitle>{member ? t("welcomeBack") : t("becomeMember")}</CardTitle>
            {referralCode && !member ? <p className="text-sm text-ink-muted">{t("invited", { code: referralCode })}</p> : null}
          </CardHeader>
          <CardContent>
            <JoinPanel
              slug={slug}
              businessName={business.name}
              referralCode={referralCode}
              returnPath={returnPath}
              state={member ? "member" : user ? "signed-in" : "guest"}
              autoJoin={join === "1" && Boolean(user) && !member}
            />
          </CardContent>
        </Card>
      </section>

      {program.tiers.length > 0 ? (
        <section aria-labelledby="tiers-heading" className="space-y-4">
          <h2 id="tiers-heading" className="text-xl font-semibold text-ink">{t("tiers")}</h2>
          <ol className="grid gap-3 sm:grid-cols-3">
            {program.tiers.map((tier) => (
              <li key={tier.name} className="rounded-card border border-line bg-surface p-4">
                <p className="font-semibold text-ink">{tier.name}</p>
                <p className="text-sm text-ink-muted">{tierThreshold(program, tier.threshold, t, locale)}</p>
                {tier.perks ? <p className="mt-2 text-sm text-ink">{tier.perks}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {program.rewards.length > 0 ? (
        <section aria-labelledby="rewards-heading" className="space-y-4">
          <h2 id="rewards-heading" className="text-xl font-semibold text-ink">{t("rewards")}</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {program.rewards.map((reward) => (
              <li key={reward.id} className="flex flex-col gap-1 rounded-card border border-line bg-surface p-4">
                <div className="flex items-start justify-between gap-3">
                  <p className="font-semibold text-ink">{reward.name}</p>
                  <Badge variant="brand" className="tabular-nums">{t("pointsShort", { count: reward.pointsCost })}</Badge>
                </div>
                {reward.description ? <p className="text-sm text-ink-muted">{reward.description}</p> : null}
                {reward.minTierName ? <p className="text-sm text-ink-muted">{t("tierGate", { tier: reward.minTierName })}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="text-sm text-ink-muted">
        {t.rich("printQr", {
          link: (chunks) => (
            <Link href={`/join/${slug}/qr`} className="font-semibold text-brand-700 underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}

function Perk({ icon, children }: { icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <li className="flex items-start gap-3 rounded-card border border-line bg-surface p-4 text-sm text-ink">
      <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-brand-100 text-brand-800 [&_svg]:size-5">
        {icon}
      </span>
      <span className="pt-1.5">{children}</span>
    </li>
  );
}
