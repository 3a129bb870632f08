// What the owner's campaigns page reads and changes: delivery stats, upcoming, sent and failed
// mail, the per-kind switches and delays, template previews with demo data and test sends.
// Every function takes the business id the caller was authorised for (requireOwner/ownerAction).
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env.js";
import { EMAIL_KINDS, KIND_RULES, type EmailKind } from "./kinds";
import { parseEmailSettings, type UpdateCampaignSettingsInput } from "./schemas";
import { sendNow } from "./send";
import type { Brand } from "./templates/brand";
import { previewProps, renderEmail } from "./templates/registry";

const LIST = 25;
const mailSelect = { id: true, kind: true, subject: true, toEmail: true, status: true, attempts: true, nextAttemptAt: true, sentAt: true, lastError: true, createdAt: true } as const;

export async function getCampaignOverview(businessId: string, now = new Date()) {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const [business, byStatus, byKind, upcoming, sent, failed] = await Promise.all([
    db.business.findUniqueOrThrow({
      where: { id: businessId },
      select: { thankYouDelayMinutes: true, marketingGapDays: true, touchEveryDays: true, emailSettings: true, timeZone: true, locale: true },
    }),
    db.emailMessage.groupBy({ by: ["status"], where: { businessId, createdAt: { gte: since } }, _count: true }),
    db.emailMessage.groupBy({ by: ["kind"], where: { businessId, status: "SENT", sentAt: { gte: since } }, _count: true }),
    db.emailMessage.findMany({ where: { businessId, status: { in: ["PENDING", "SENDING"] } }, orderBy: { nextAttemptAt: "asc" }, take: LIST, select: mailSelect }),
    db.emailMessage.findMany({ where: { businessId, status: "SENT" }, orderBy: { sentAt: "desc" }, take: LIST, select: mailSelect }),
    db.emailMessage.findMany({ where: { businessId, status: "FAILED" }, orderBy: { createdAt: "desc" }, take: LIST, select: mailSelect }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count])) as Partial<Record<string, number>>;
  return {
    settings: { ...parseEmailSettings(business.emailSettings), thankYouDelayMinutes: business.thankYouDelayMinutes, marketingGapDays: business.marketingGapDays, touchEveryDays: business.touchEveryDays },
    timeZone: business.timeZone,
    locale: business.locale,
    stats: {
      sent: counts.SENT ?? 0,
      waiting: (counts.PENDING ?? 0) + (counts.SENDING ?? 0),
      suppressed: counts.SUPPRESSED ?? 0,
      failed: counts.FAILED ?? 0,
      sentByKind: Object.fromEntries(byKind.map((row) => [row.kind, row._count])) as Partial<Record<string, number>>,
    },
    upcoming,
    sent,
    failed,
  };
}

export async function updateCampaignSettings(businessId: string, input: Omit<UpdateCampaignSettingsInput, "slug">): Promise<void> {
  const disabled = EMAIL_KINDS.filter((kind) => KIND_RULES[kind].switchable && !input.enabled.includes(kind));
  await db.business.update({
    where: { id: businessId },
    data: {
      thankYouDelayMinutes: input.thankYouDelayMinutes,
      marketingGapDays: input.marketingGapDays,
      touchEveryDays: input.touchEveryDays,
      emailSettings: { disabled, expiringWarnDays: input.expiringWarnDays },
    },
  });
}

async function brandOf(businessId: string): Promise<Brand> {
  const business = await db.business.findUniqueOrThrow({
    where: { id: businessId },
    select: { name: true, senderName: true, brandColor: true, locale: true, currency: true, timeZone: true },
  });
  return { businessName: business.name, ...business, appUrl: env.APP_URL, unsubscribeUrl: `${env.APP_URL}/unsubscribe/preview` };
}

/** Every template rendered with its demo data in the business's own branding. */
export async function previewTemplates(businessId: string) {
  const brand = await brandOf(businessId);
  return Promise.all(
    EMAIL_KINDS.map(async (kind) => ({ kind, label: KIND_RULES[kind].label, ...(await renderEmail(kind, previewProps(kind), brand)) })),
  );
}

/** A template with demo data to the owner's own address, now, outside the outbox's rules. */
export async function sendTestEmail(businessId: string, kind: EmailKind, to: string): Promise<void> {
  const rendered = await renderEmail(kind, previewProps(kind), await brandOf(businessId));
  await sendNow({ ...rendered, subject: `[Test] ${rendered.subject}`, to, kind: `test-${kind}`, dedupeKey: `test/${kind}/${randomUUID()}`, businessId });
}
