// Delivering the outbox: claim a batch, render it, send it as one provider request keyed by
// the batch, record the outcome. A few lanes run side by side so rendering and bookkeeping of
// one batch overlap the provider's rate-limit wait of another; a shared pacer keeps the
// request rate at the provider's limit (Resend's default: 2 requests per second).
import "server-only";
import { env } from "@/lib/env.js";
import { pool } from "@/lib/db/client";
import { defaultLocale, toLocale } from "@/lib/i18n/locales";
import { claimBatch, type ClaimedEmail } from "./claim";
import { isMarketing } from "./kinds";
import { sendBatch, sendSingle, usesDevMailbox, type SendOutcome, type WireEmail } from "./send";
import type { Brand } from "./templates/brand";
import { renderEmail } from "./templates/registry";

export type DeliveryOptions = {
  batchSize?: number;
  requestsPerSecond?: number;
  lanes?: number;
  /** Stop claiming new batches after this long (a cron invocation has a time limit). */
  maxSeconds?: number;
  maxAttempts?: number;
  leaseSeconds?: number;
  /** Retries of a 5xx or network failure inside this run, before the row waits for a later run. */
  quickRetries?: number;
  quickRetryBaseMs?: number;
  now?: () => Date;
};

/** skipped: suppressed at send time (switch, preference, cadence drop); postponed: waiting for the member's next marketing slot. */
export type DeliverySummary = { claimed: number; sent: number; skipped: number; postponed: number; failed: number; retried: number; requests: number };

export async function deliverOutbox(options: DeliveryOptions = {}): Promise<DeliverySummary> {
  const config = {
    // The dev mailbox has no rate limit to respect.
    batchSize: 100, requestsPerSecond: usesDevMailbox() ? 100 : 2, lanes: 3, maxSeconds: 50, maxAttempts: 6, leaseSeconds: 300,
    quickRetries: 2, quickRetryBaseMs: 500, now: () => new Date(), ...options,
  };
  const summary: DeliverySummary = { claimed: 0, sent: 0, skipped: 0, postponed: 0, failed: 0, retried: 0, requests: 0 };
  const pacer = new Pacer(config.requestsPerSecond);
  const deadline = Date.now() + config.maxSeconds * 1000;

  const lane = async () => {
    while (Date.now() < deadline) {
      const claim = await claimBatch(config.now(), config.batchSize, config.leaseSeconds);
      if (!claim) return;
      summary.skipped += claim.suppressed;
      summary.postponed += claim.postponed;
      summary.claimed += claim.emails.length;
      if (claim.emails.length === 0) continue;
      // A row that cannot be rendered (a template's props changed shape) fails alone instead
      // of coming back after every lease; the rest of its batch still goes out.
      const rendered = await Promise.all(claim.emails.map((email) => toWire(email).catch((error: unknown) => error as Error)));
      const broken = claim.emails.flatMap((email, i) => (rendered[i] instanceof Error ? [{ id: email.id, reason: `Could not render: ${(rendered[i] as Error).message}` }] : []));
      if (broken.length > 0) await fail(broken, summary);
      const emails = claim.emails.filter((_, i) => !(rendered[i] instanceof Error));
      const wire = rendered.filter((w): w is WireEmail => !(w instanceof Error));
      if (wire.length === 0) continue;
      const outcome = await sendWithRetries(wire, `outbox/${claim.batchKey}`, pacer, config, deadline, summary);
      await record(emails, wire, outcome, config, summary);
    }
  };
  await Promise.all(Array.from({ length: config.lanes }, lane));
  return summary;
}

type Config = Required<DeliveryOptions>;

async function sendWithRetries(wire: WireEmail[], key: string, pacer: Pacer, config: Config, deadline: number, summary: DeliverySummary): Promise<SendOutcome> {
  for (let failures = 0; ; ) {
    await pacer.slot();
    summary.requests++;
    let outcome = await sendBatch(wire, key);
    // A batch refused for its content (one malformed address) goes out one by one, each keyed
    // by its own row id, so one bad row does not hold back the other 99.
    if (!outcome.ok && (outcome.status === 400 || outcome.status === 422) && wire.length > 1) {
      outcome = await sendOneByOne(wire, pacer, summary);
    }
    if (outcome.ok || !isRetryable(outcome)) return outcome;
    const waitMs = outcome.status === 429 ? (outcome.retryAfterSeconds ?? 1) * 1000 : config.quickRetryBaseMs * 2 ** failures;
    if (outcome.status === 429) pacer.pause(waitMs);
    else if (++failures > config.quickRetries) return outcome;
    if (Date.now() + waitMs > deadline) return outcome;
    await sleep(outcome.status === 429 ? 0 : waitMs);
  }
}

/** Per-message results packed into one outcome: providerIds[i] is "!<reason>" where message i was refused. */
async function sendOneByOne(wire: WireEmail[], pacer: Pacer, summary: DeliverySummary): Promise<SendOutcome> {
  const ids: string[] = [];
  const errors: string[] = [];
  for (const email of wire) {
    await pacer.slot();
    summary.requests++;
    const outcome = await sendSingle(email, `outbox-message/${email.id}`);
    ids.push(outcome.ok ? outcome.providerIds[0]! : "");
    if (!outcome.ok) errors[ids.length - 1] = outcome.message;
  }
  return { ok: true, providerIds: ids.map((id, index) => id || `!${errors[index] ?? "refused"}`) };
}

/** 409: the same key is still in flight elsewhere (another instance re-sending a lapsed batch). */
function isRetryable(outcome: Extract<SendOutcome, { ok: false }>): boolean {
  return outcome.status === null || outcome.status === 409 || outcome.status === 429 || outcome.status >= 500;
}

async function record(emails: ClaimedEmail[], wire: WireEmail[], outcome: SendOutcome, config: Config, summary: DeliverySummary) {
  const now = config.now();
  if (outcome.ok) {
    const sent = emails.flatMap((email, i) => (outcome.providerIds[i]?.startsWith("!") ? [] : [{ email, wire: wire[i]!, providerId: outcome.providerIds[i] ?? "" }]));
    const refused = emails.flatMap((email, i) => (outcome.providerIds[i]?.startsWith("!") ? [{ id: email.id, reason: outcome.providerIds[i]!.slice(1) }] : []));
    // The dev mailbox page shows the text, so only dev deliveries keep the rendered body.
    const keepBody = sent.map(({ providerId, wire: w }) => (providerId.startsWith("dev_") ? JSON.stringify({ text: w.text, html: w.html }) : "{}"));
    await pool.query(
      `UPDATE "EmailMessage" e SET status = 'SENT', "providerId" = s.pid, "sentAt" = $4::timestamp(3), subject = s.subject,
         "lastError" = NULL, payload = e.payload || s.body::jsonb
       FROM unnest($1::text[], $2::text[], $3::text[], $5::text[]) AS s(id, pid, subject, body) WHERE e.id = s.id AND e.status = 'SENDING'`,
      [sent.map((s) => s.email.id), sent.map((s) => s.providerId), sent.map((s) => s.wire.subject), now.toISOString(), keepBody],
    );
    summary.sent += sent.length;
    if (refused.length > 0) await fail(refused, summary);
    return;
  }
  const reason = `${outcome.status ?? "network"}: ${outcome.message}`.slice(0, 500);
  if (!isRetryable(outcome)) return fail(emails.map((email) => ({ id: email.id, reason })), summary);
  const giveUp = emails.filter((email) => email.attempts >= config.maxAttempts && outcome.status !== 429);
  const retry = emails.filter((email) => !giveUp.includes(email));
  if (giveUp.length > 0) await fail(giveUp.map((email) => ({ id: email.id, reason: `Gave up after ${email.attempts} attempts: ${reason}` })), summary);
  if (retry.length === 0) return;
  if (outcome.status === 429) {
    // Refused outright, so nothing went out: back to the queue, to be claimed afresh (and
    // re-checked) after retry-after. Rate limiting is not the message's fault: no attempt used.
    await pool.query(
      `UPDATE "EmailMessage" SET status = 'PENDING', "batchKey" = NULL, "lastError" = $2, attempts = attempts - 1,
         "nextAttemptAt" = $3::timestamp(3) WHERE id = ANY($1::text[]) AND status = 'SENDING'`,
      [retry.map((email) => email.id), reason, new Date(now.getTime() + (outcome.retryAfterSeconds ?? 60) * 1000).toISOString()],
    );
  } else {
    // A 5xx or a lost connection may hide an accepted batch: it stays SENDING under its batch
    // key with a later lease, so the retry is the very same request and key (claimStale).
    await pool.query(
      `UPDATE "EmailMessage" SET "lastError" = $2, "nextAttemptAt" = $3::timestamp(3) WHERE id = ANY($1::text[]) AND status = 'SENDING'`,
      [retry.map((email) => email.id), reason, new Date(now.getTime() + backoffSeconds(retry[0]!.attempts) * 1000).toISOString()],
    );
  }
  summary.retried += retry.length;
}

async function fail(rows: { id: string; reason: string }[], summary: DeliverySummary) {
  await pool.query(
    `UPDATE "EmailMessage" e SET status = 'FAILED', "lastError" = f.reason
     FROM unnest($1::text[], $2::text[]) AS f(id, reason) WHERE e.id = f.id AND e.status = 'SENDING'`,
    [rows.map((row) => row.id), rows.map((row) => row.reason.slice(0, 500))],
  );
  summary.failed += rows.length;
}

/** 1, 4, 16, 64 … minutes, capped at a day. */
export function backoffSeconds(attempts: number): number {
  return Math.min(60 * 4 ** Math.max(0, attempts - 1), 86_400);
}

async function toWire(email: ClaimedEmail): Promise<WireEmail> {
  const headers: Record<string, string> = { ...(email.payload.headers ?? {}), "X-Entity-Ref-ID": email.id };
  if (email.payload.html !== undefined) {
    return { id: email.id, to: email.toEmail, subject: email.subject, html: email.payload.html, text: email.payload.text ?? "", headers };
  }
  const marketing = isMarketing(email.kind) && email.unsubscribeToken;
  const brand: Brand = {
    businessName: email.business?.name ?? "Suki",
    senderName: email.business?.senderName ?? "Suki",
    brandColor: email.business?.brandColor ?? "#92400e",
    // The member's own choice of language, else the business's default.
    locale: toLocale(email.recipientLocale) ?? toLocale(email.business?.locale) ?? defaultLocale,
    currency: email.business?.currency ?? "USD",
    timeZone: email.business?.timeZone ?? "UTC",
    appUrl: env.APP_URL,
    unsubscribeUrl: marketing ? `${env.APP_URL}/unsubscribe/${email.unsubscribeToken}` : undefined,
  };
  if (marketing) {
    // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to the unsubscribe
    // page's one-click route (app/unsubscribe/[token]/one-click), which switches every
    // marketing preference off; the claim then suppresses whatever is still queued.
    headers["List-Unsubscribe"] = `<${env.APP_URL}/unsubscribe/${email.unsubscribeToken}/one-click>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  const rendered = await renderEmail(email.kind, email.payload.props ?? {}, brand);
  return { id: email.id, to: email.toEmail, fromName: brand.businessName, ...rendered, headers };
}

/**
 * Spaces requests evenly at the provider's rate, across lanes; a 429 pushes everyone back.
 * Slots are granted one at a time and spaced from the moment the previous one was actually
 * granted, so a lane whose timer fired late (the event loop busy rendering) cannot bunch up
 * with the next. 2% slack absorbs network jitter: a 429 costs a whole retry-after.
 */
class Pacer {
  private next = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly spacingMs: number;
  constructor(perSecond: number) {
    this.spacingMs = (1000 / perSecond) * 1.02;
  }
  slot(): Promise<void> {
    this.queue = this.queue.then(async () => {
      for (let wait = this.next - Date.now(); wait > 0; wait = this.next - Date.now()) await sleep(wait);
      this.next = Date.now() + this.spacingMs;
    });
    return this.queue;
  }
  pause(ms: number) {
    this.next = Math.max(this.next, Date.now() + ms);
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
