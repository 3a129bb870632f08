import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Gift, Percent, Sparkles, Stamp } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/guards";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { basisPointsToPercent } from "@/lib/loyalty/rules/visit-discount";
import { getJoinProgram, type JoinProgram } from "@/lib/portal/join-page";
import { findMembership } from "@/lib/portal/program-access";
import { JoinPanel } from "./join-panel";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ ref?: string; join?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await getJoinProgram((await params).slug);
  return { title: program ? `Join ${program.business.name}` : "Program not found" };
}

const PERIOD_WORDS: Record<string, string> = { WEEK: "week", MONTH: "month", QUARTER: "quarter", YEAR: "year" };

function earningRule(program: JoinProgram): string {
  const points = program.earnPoints === 1 ? "1 point" : `${formatPoints(program.earnPoints)} points`;
  return `${points} for every ${formatMoney(program.earnPerMinor, program.business.currency, program.business.locale)} you spend`;
}

function tierThreshold(program: JoinProgram, threshold: number): string {
  if (threshold === 0) return "From your first visit";
  return program.tierBasis === "SPEND"
    ? `Spend ${formatMoney(threshold, program.business.currency, program.business.locale)} in 12 months`
    : `Earn ${formatPoints(threshold)} points in 12 months`;
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

  return (
    <div className="container-page space-y-10 py-8 sm:py-12">
      <section className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start">
        <div className="space-y-4">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Loyalty program</p>
          <h1 className="font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">Join {business.name}</h1>
          <p className="max-w-prose text-lg text-ink-muted">
            Earn {earningRule(program)}, collect stamps and spend your points on rewards. Your card lives on your phone.
          </p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {program.signupBonus > 0 ? (
              <Perk icon={<Sparkles />}>{formatPoints(program.signupBonus)} welcome points when you join</Perk>
            ) : null}
            {referralCode && program.referredBonus > 0 ? (
              <Perk icon={<Gift />}>{formatPoints(program.referredBonus)} more from your friend&apos;s invitation, after your first purchase</Perk>
            ) : null}
            {program.visitDiscount ? (
              <Perk icon={<Percent />}>
                {basisPointsToPercent(program.visitDiscount.baseBp)}% off, growing {basisPointsToPercent(program.visitDiscount.stepBp)}% with each
                visit this {PERIOD_WORDS[program.visitDiscount.period] ?? "period"}, up to {basisPointsToPercent(program.visitDiscount.capBp)}%
              </Perk>
            ) : null}
            {program.punchCards.map((card) => (
              <Perk key={card.name} icon={<Stamp />}>
                {card.name}: {card.stampsRequired} stamps{card.rewardName ? ` for ${card.rewardName.toLowerCase()}` : ""}
              </Perk>
            ))}
          </ul>
        </div>
        <Card className="lg:sticky lg:top-24">
          <CardHeader>
            <CardTitle>{member ? "Welcome back" : "Become a member"}</CardTitle>
            {referralCode && !member ? <p className="text-sm text-ink-muted">A friend invited you (code {referralCode}).</p> : null}
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
          <h2 id="tiers-heading" className="text-xl font-semibold text-ink">Tiers</h2>
          <ol className="grid gap-3 sm:grid-cols-3">
            {program.tiers.map((tier) => (
              <li key={tier.name} className="rounded-card border border-line bg-surface p-4">
                <p className="font-semibold text-ink">{tier.name}</p>
                <p className="text-sm text-ink-muted">{tierThreshold(program, tier.threshold)}</p>
                {tier.perks ? <p className="mt-2 text-sm text-ink">{tier.perks}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {program.rewards.length > 0 ? (
        <section aria-labelledby="rewards-heading" className="space-y-4">
          <h2 id="rewards-heading" className="text-xl font-semibold text-ink">Rewards</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {program.rewards.map((reward) => (
              <li key={reward.id} className="flex flex-col gap-1 rounded-card border border-line bg-surface p-4">
                <div className="flex items-start justify-between gap-3">
                  <p className="font-semibold text-ink">{reward.name}</p>
                  <Badge variant="brand" className="tabular-nums">{formatPoints(reward.pointsCost)} pts</Badge>
                </div>
                {reward.description ? <p className="text-sm text-ink-muted">{reward.description}</p> : null}
                {reward.minTierName ? <p className="text-sm text-ink-muted">For {reward.minTierName} members and up</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="text-sm text-ink-muted">
        Running the counter?{" "}
        <Link href={`/join/${slug}/qr`} className="font-semibold text-brand-700 underline underline-offset-4">
          Print the QR code for this page
        </Link>
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
