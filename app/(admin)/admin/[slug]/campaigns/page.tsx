import { FigureGrid } from "@/components/admin/figure-grid";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { requireOwner } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getCampaignOverview, previewTemplates } from "@/lib/email/campaigns";
import { EMAIL_KINDS, KIND_RULES, type EmailKind } from "@/lib/email/kinds";
import { CampaignSettingsForm, SendTestButton } from "./campaign-forms";
import { EventInviteForm } from "./event-invite-form";
import { MailList } from "./mail-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminCampaigns");
  return { title: t("title") };
}

// i18n-keys: adminCampaigns.kinds.welcome adminCampaigns.kinds.thank-you adminCampaigns.kinds.milestone
// i18n-keys: adminCampaigns.kinds.birthday adminCampaigns.kinds.points-expiring adminCampaigns.kinds.voucher-issued
// i18n-keys: adminCampaigns.kinds.win-back adminCampaigns.kinds.touch adminCampaigns.kinds.event-invitation
// i18n-keys: adminCampaigns.kinds.personal-note adminCampaigns.kinds.sign-in

type Props = { params: Promise<{ slug: string }> };

export default async function CampaignsPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [overview, previews, tiers] = await Promise.all([
    getCampaignOverview(business!.id),
    previewTemplates(business!.id),
    db.tier.findMany({ where: { businessId: business!.id, rank: { gt: 0 } }, orderBy: { rank: "asc" }, select: { id: true, name: true } }),
  ]);
  const [t, locale] = await Promise.all([getTranslations("adminCampaigns"), getLocale()]);
  // A kind added later without a catalog entry still shows, with its English label.
  const kindLabel = (kind: EmailKind) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : KIND_RULES[kind].label);
  const switchable = EMAIL_KINDS.filter((kind) => KIND_RULES[kind].switchable).map((kind) => ({ kind, label: kindLabel(kind) }));
  const kindLabels = Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, kindLabel(kind)]));
  const figures = [
    { label: t("figures.sent"), value: overview.stats.sent },
    { label: t("figures.waiting"), value: overview.stats.waiting },
    { label: t("figures.heldBack"), value: overview.stats.suppressed },
    { label: t("figures.failed"), value: overview.stats.failed },
  ];
  const zone = { timeZone: overview.timeZone, locale, kindLabels };
  const sentByKind = EMAIL_KINDS.filter((kind) => overview.stats.sentByKind[kind]).map((kind) =>
    t("sentByKindItem", { kind: kindLabel(kind), count: overview.stats.sentByKind[kind] ?? 0 }),
  );

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink-muted">{t("intro", { days: overview.settings.marketingGapDays })}</p>
      </div>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="text-lg font-semibold text-ink">{t("last30Days")}</h2>
        <FigureGrid figures={figures} className="mt-3 lg:grid-cols-4" />
        <p className="mt-3 text-sm text-ink-muted">
          {sentByKind.length > 0 ? t("sentByKind", { list: sentByKind.join(" · ") }) : t("sentByKindNone")}
        </p>
      </section>

      {overview.failed.length > 0 ? (
        <Card className="border-red-200 p-5 sm:p-6">
          <CardTitle>{t("failedTitle")}</CardTitle>
          <MailList mails={overview.failed} when="created" empty="" {...zone} />
        </Card>
      ) : null}

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("settingsTitle")}</CardTitle>
        <div className="mt-4">
          <CampaignSettingsForm slug={slug} settings={overview.settings} kinds={switchable} />
        </div>
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("event.title")}</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">{t("event.description")}</p>
        <div className="mt-4">
          <EventInviteForm slug={slug} tiers={tiers} timeZone={overview.timeZone} />
        </div>
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("upcomingTitle")}</CardTitle>
        <MailList mails={overview.upcoming} when="due" empty={t("upcomingEmpty")} {...zone} />
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("sentTitle")}</CardTitle>
        <MailList mails={overview.sent} when="sent" empty={t("sentEmpty")} {...zone} />
      </Card>

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="text-lg font-semibold text-ink">{t("templatesTitle")}</h2>
        <p className="mt-1 text-sm text-ink-muted">{t("templatesDescription")}</p>
        <div className="mt-3 space-y-3">
          {previews.map((preview) => (
            <details key={preview.kind} className="rounded-card border border-line bg-surface p-4 shadow-card">
              <summary className="cursor-pointer font-semibold text-ink">
                {kindLabel(preview.kind)} <span className="font-normal text-ink-muted">· {preview.subject}</span>
              </summary>
              <div className="mt-3 space-y-3">
                <SendTestButton slug={slug} kind={preview.kind} label={kindLabel(preview.kind)} />
                <iframe title={t("previewTitle", { kind: kindLabel(preview.kind) })} srcDoc={preview.html} sandbox="" className="h-[560px] w-full rounded-control border border-line bg-white" />
              </div>
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}
