import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureGrid } from "@/components/admin/figure-grid";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getMemberDetail } from "@/lib/admin/member-detail";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/format/dates";
import { formatPoints } from "@/lib/format/money";
import { getMemberHistory } from "@/lib/portal/history";
import { AdjustPointsForm, NoteForm, PersonalNoteForm } from "./member-forms";
import { LedgerSection, PurchasesSection, VouchersSection } from "./member-activity";

// Keys built at run time, declared for lib/i18n/catalogs.test.ts:
// i18n-keys: adminMemberDetail.status.ACTIVE adminMemberDetail.status.DELETED
// i18n-keys: adminMemberDetail.status.SUSPENDED

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const { business } = await requireStaff(slug);
  const t = await getTranslations("adminMemberDetail");
  const member = await db.member.findFirst({ where: { id, businessId: business!.id }, select: { number: true } });
  return { title: member ? t("metaTitle", { number: member.number }) : t("back") };
}

/** Staff and owner: one member of this business; another business's member id is a 404. */
export default async function MemberDetailPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { business } = await requireStaff(slug);
  const member = await getMemberDetail({ businessId: business!.id, memberId: id });
  if (!member) notFound();
  const rawPage = (await searchParams).page;
  const [t, locale, ledger] = await Promise.all([
    getTranslations("adminMemberDetail"),
    getLocale(),
    getMemberHistory({ businessId: business!.id, memberId: member.id, page: Number(Array.isArray(rawPage) ? rawPage[0] : rawPage) || 1 }),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  const date = (at: Date | null) => (at ? formatDate(at, details.timeZone, locale) : t("contact.never"));
  const points = (value: number) => t("points.value", { points: value });
  const owner = business!.role === "OWNER";
  const base = `/admin/${slug}/members/${member.id}`;

  return (
    <div className="space-y-6">
      <Link href={`/admin/${slug}/members`} className="inline-flex min-h-11 items-center gap-2 text-sm font-semibold text-brand-800 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-ink">{member.name ?? t("noName", { number: member.number })}</h1>
        <Badge variant="brand">{member.tier?.name ?? t("tier.none")}</Badge>
        {member.status !== "ACTIVE" ? <Badge variant="danger">{t(`status.${member.status}`)}</Badge> : null}
      </div>
      <p className="-mt-4 text-ink-muted">{t("number", { number: member.number })}</p>

      <FigureGrid
        className="lg:grid-cols-4"
        figures={[
          { label: t("points.balance"), value: <span data-testid="member-balance">{formatPoints(member.balance, locale)}</span> },
          { label: t("points.pending"), value: formatPoints(member.pending, locale) },
          { label: t("points.earned"), value: formatPoints(member.lifetimeEarned, locale) },
          { label: t("points.spent"), value: formatPoints(member.lifetimeSpent, locale) },
        ]}
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-5 sm:p-6">
          <h2 className="text-lg font-semibold text-ink">{t("contact.title")}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-ink-muted">{t("contact.email")}</dt>
            <dd className="break-all">{member.email ?? t("contact.none")}</dd>
            <dt className="text-ink-muted">{t("contact.phone")}</dt>
            <dd className="tabular-nums">{member.phone ?? t("contact.none")}</dd>
            <dt className="text-ink-muted">{t("contact.joined")}</dt>
            <dd>{date(member.joinedAt)}</dd>
            <dt className="text-ink-muted">{t("contact.lastVisit")}</dt>
            <dd>{date(member.lastActivityAt)}</dd>
            <dt className="text-ink-muted">{t("contact.birthday")}</dt>
            <dd>{member.birthday ? formatDate(member.birthday, "UTC", locale) : t("contact.none")}</dd>
            <dt className="text-ink-muted">{t("contact.marketing")}</dt>
            <dd>{member.marketingConsent ? t("contact.consented") : t("contact.notConsented")}</dd>
          </dl>
        </Card>

        <Card className="p-5 sm:p-6">
          <h2 className="text-lg font-semibold text-ink">{t("tier.history")}</h2>
          {member.tierHistory.length === 0 ? (
            <p className="mt-3 text-sm text-ink-muted">{t("tier.empty")}</p>
          ) : (
            <ol className="mt-3 space-y-2 text-sm">
              {member.tierHistory.map((change) => (
                <li key={change.id} className="flex flex-wrap justify-between gap-2 border-t border-line pt-2 first:border-t-0 first:pt-0">
                  <span className="font-semibold">{t("tier.change", { from: change.from ?? t("tier.nothing"), to: change.to ?? t("tier.nothing") })}</span>
                  <span className="text-ink-muted">
                    {change.reason} · {date(change.at)}
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h2 className="mt-6 text-lg font-semibold text-ink">{t("punchCards.title")}</h2>
          {member.punchCards.length === 0 ? (
            <p className="mt-3 text-sm text-ink-muted">{t("punchCards.empty")}</p>
          ) : (
            <ul className="mt-3 space-y-1 text-sm">
              {member.punchCards.map((card) => (
                <li key={card.id}>
                  <span className="font-semibold">{card.name}</span>: {t("punchCards.stamps", { stamps: card.stamps, required: card.stampsRequired })} ·{" "}
                  {t("punchCards.completed", { count: card.completed })}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        {owner ? <AdjustPointsForm slug={slug} memberId={member.id} /> : null}
        <PersonalNoteForm slug={slug} memberId={member.id} available={member.canReceiveNotes} />
      </div>

      <NoteForm slug={slug} memberId={member.id}>
        {member.notes.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("notes.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {member.notes.map((note) => (
              <li key={note.id} className="rounded-control border border-line bg-canvas p-3 text-sm">
                <p className="whitespace-pre-line">{note.body}</p>
                <p className="mt-1 text-xs text-ink-muted">{t("notes.by", { author: note.author ?? t("notes.unknownAuthor"), date: date(note.createdAt) })}</p>
              </li>
            ))}
          </ul>
        )}
      </NoteForm>

      <VouchersSection vouchers={member.vouchers} date={date} points={points} />
      <PurchasesSection purchases={member.purchases} total={member.purchaseCount} timeZone={details.timeZone} locale={locale} />
      <LedgerSection history={ledger} base={base} timeZone={details.timeZone} locale={locale} />
    </div>
  );
}
