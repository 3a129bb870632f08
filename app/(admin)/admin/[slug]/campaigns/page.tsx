import { FigureGrid } from "@/components/admin/figure-grid";
import type { Metadata } from "next";
import { Card, CardTitle } from "@/components/ui/card";
import { requireOwner } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getCampaignOverview, previewTemplates } from "@/lib/email/campaigns";
import { EMAIL_KINDS, KIND_RULES } from "@/lib/email/kinds";
import { CampaignSettingsForm, SendTestButton } from "./campaign-forms";
import { EventInviteForm } from "./event-invite-form";
import { MailList } from "./mail-list";

export const metadata: Metadata = { title: "Campaigns" };

type Props = { params: Promise<{ slug: string }> };

export default async function CampaignsPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [overview, previews, tiers] = await Promise.all([
    getCampaignOverview(business!.id),
    previewTemplates(business!.id),
    db.tier.findMany({ where: { businessId: business!.id, rank: { gt: 0 } }, orderBy: { rank: "asc" }, select: { id: true, name: true } }),
  ]);
  const switchable = EMAIL_KINDS.filter((kind) => KIND_RULES[kind].switchable).map((kind) => ({ kind, label: KIND_RULES[kind].label }));
  const figures = [
    { label: "Sent", value: overview.stats.sent },
    { label: "Waiting", value: overview.stats.waiting },
    { label: "Held back (preferences, cadence)", value: overview.stats.suppressed },
    { label: "Failed", value: overview.stats.failed },
  ];
  const zone = { timeZone: overview.timeZone, locale: overview.locale };

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-ink">Campaigns</h1>
        <p className="mt-1 text-ink-muted">
          The emails Suki sends your members: thank-you notes, milestones, offers and account notices. Marketing mail goes out at
          most once every {overview.settings.marketingGapDays} days per member; the most important notice wins.
        </p>
      </div>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="text-lg font-semibold text-ink">Last 30 days</h2>
        <FigureGrid figures={figures} className="mt-3 lg:grid-cols-4" />
        <p className="mt-3 text-sm text-ink-muted">
          Sent by kind:{" "}
          {EMAIL_KINDS.filter((kind) => overview.stats.sentByKind[kind]).map((kind) => `${KIND_RULES[kind].label} ${overview.stats.sentByKind[kind]}`).join(" · ") || "nothing yet"}
        </p>
      </section>

      {overview.failed.length > 0 ? (
        <Card className="border-red-200 p-5 sm:p-6">
          <CardTitle>Failed deliveries</CardTitle>
          <MailList mails={overview.failed} when="created" empty="" {...zone} />
        </Card>
      ) : null}

      <Card className="p-5 sm:p-6">
        <CardTitle>Settings</CardTitle>
        <div className="mt-4">
          <CampaignSettingsForm slug={slug} settings={overview.settings} kinds={switchable} />
        </div>
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>Invite to a preview event</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">Each invitation waits for the member&apos;s next marketing slot.</p>
        <div className="mt-4">
          <EventInviteForm slug={slug} tiers={tiers} timeZone={overview.timeZone} />
        </div>
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>Upcoming</CardTitle>
        <MailList mails={overview.upcoming} when="due" empty="Nothing waiting to go out." {...zone} />
      </Card>

      <Card className="p-5 sm:p-6">
        <CardTitle>Recently sent</CardTitle>
        <MailList mails={overview.sent} when="sent" empty="No mail sent yet." {...zone} />
      </Card>

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="text-lg font-semibold text-ink">Templates</h2>
        <p className="mt-1 text-sm text-ink-muted">Each email with demo data, in your brand. A test goes to your own address at once.</p>
        <div className="mt-3 space-y-3">
          {previews.map((preview) => (
            <details key={preview.kind} className="rounded-card border border-line bg-surface p-4 shadow-card">
              <summary className="cursor-pointer font-semibold text-ink">
                {preview.label} <span className="font-normal text-ink-muted">· {preview.subject}</span>
              </summary>
              <div className="mt-3 space-y-3">
                <SendTestButton slug={slug} kind={preview.kind} label={preview.label} />
                <iframe title={`Preview: ${preview.label}`} srcDoc={preview.html} sandbox="" className="h-[560px] w-full rounded-control border border-line bg-white" />
              </div>
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}
