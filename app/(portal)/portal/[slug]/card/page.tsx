import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { db } from "@/lib/db/client";
import { CARD_TOKEN_ROTATION_SECONDS, issueCardToken } from "@/lib/loyalty/card-token";
import { requireMembership } from "@/lib/portal/program-access";
import { MemberCard } from "./member-card";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("card.title") };
}

export default async function MemberCardPage({ params }: Props) {
  const { slug } = await params;
  const { memberId, business } = await requireMembership(slug);
  const t = await getTranslations("portal");
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { number: true, displayName: true, tier: { select: { name: true } }, user: { select: { name: true, email: true } } },
  });
  // The first code comes with the page, so the card shows at once even on a slow connection.
  const first = issueCardToken({ businessId: business.id, memberId });

  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold text-ink">{t("card.title")}</h1>
      <MemberCard
        slug={slug}
        businessName={business.name}
        timeZone={business.timeZone}
        memberName={member.displayName ?? member.user?.name ?? member.user?.email ?? t("member")}
        memberNumber={member.number}
        tierName={member.tier?.name ?? null}
        rotationSeconds={CARD_TOKEN_ROTATION_SECONDS}
        initial={{ token: first.token, expiresAt: first.expiresAt.getTime() }}
      />
      <p className="text-center text-sm text-ink-muted">
        {t("card.hint", { seconds: CARD_TOKEN_ROTATION_SECONDS })}
      </p>
    </div>
  );
}
