// The only module that knows Resend exists. Every message is first an EmailMessage row, so
// the admin and the dev mailbox see exactly what went out. Without RESEND_API_KEY, mail is
// "delivered" to the development mailbox (/dev/mailbox) and a log line instead.
import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env.js";

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  kind: string;
  /** Makes a notice happen once, e.g. `milestone/10-visits/<memberId>` */
  dedupeKey: string;
  businessId?: string | null;
  memberId?: string | null;
  headers?: Record<string, string>;
};

let resendClient: Resend | undefined;
function resend(): Resend | undefined {
  if (!env.RESEND_API_KEY) return undefined;
  // The SDK also reads RESEND_BASE_URL itself; passing it keeps lib/env.js the one source.
  resendClient ??= new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return resendClient;
}

export function usesDevMailbox(): boolean {
  return !env.RESEND_API_KEY;
}

/** Transactional mail that cannot wait for the outbox run (sign-in links). */
export async function sendNow(email: OutgoingEmail): Promise<{ id: string }> {
  const row = await db.emailMessage.create({
    data: {
      businessId: email.businessId ?? null,
      memberId: email.memberId ?? null,
      kind: email.kind,
      dedupeKey: email.dedupeKey,
      toEmail: email.to,
      subject: email.subject,
      payload: { html: email.html, text: email.text, headers: email.headers ?? {} },
      status: "SENDING",
      attempts: 1,
    },
  });

  const client = resend();
  if (!client) {
    await db.emailMessage.update({
      where: { id: row.id },
      data: { status: "SENT", providerId: `dev_${row.id}`, sentAt: new Date() },
    });
    console.info(`✉ dev mailbox: "${email.subject}" to ${maskEmail(email.to)}, open ${env.APP_URL}/dev/mailbox`);
    return { id: row.id };
  }

  const { data, error } = await client.emails.send(
    { from: env.EMAIL_FROM, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
    { idempotencyKey: row.id },
  );
  if (error || !data) {
    await db.emailMessage.update({
      where: { id: row.id },
      data: { status: "FAILED", lastError: error?.message ?? "no response" },
    });
    throw new Error(`Email delivery failed: ${error?.message ?? "no response"}`);
  }
  await db.emailMessage.update({
    where: { id: row.id },
    data: { status: "SENT", providerId: data.id, sentAt: new Date() },
  });
  return { id: row.id };
}

/** Logs never carry a full address: m***@example.com. */
function maskEmail(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

/** One rendered outbox message on its way out. */
export type WireEmail = {
  id: string;
  to: string;
  /** Display name for the From header, e.g. "Kapé Suki"; the address is EMAIL_FROM's. */
  fromName?: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type SendOutcome =
  | { ok: true; providerIds: string[] }
  | { ok: false; status: number | null; retryAfterSeconds: number | null; message: string };

/**
 * Sends up to 100 messages in one request. The idempotency key makes a repeat of the same
 * batch (a re-run after a crash between sending and marking SENT) a no-op at the provider.
 */
export async function sendBatch(emails: WireEmail[], idempotencyKey: string): Promise<SendOutcome> {
  const client = resend();
  if (!client) return devMailbox(emails);
  const { data, error, headers } = await client.batch.send(emails.map(toResend), { idempotencyKey });
  if (error || !data) return failure(error, headers);
  return { ok: true, providerIds: data.data.map((sent) => sent.id) };
}

/** One message alone, keyed by its row id: used when a batch is refused for one bad address. */
export async function sendSingle(email: WireEmail, idempotencyKey: string): Promise<SendOutcome> {
  const client = resend();
  if (!client) return devMailbox([email]);
  const { data, error, headers } = await client.emails.send(toResend(email), { idempotencyKey });
  if (error || !data) return failure(error, headers);
  return { ok: true, providerIds: [data.id] };
}

function toResend(email: WireEmail) {
  return {
    from: email.fromName ? withDisplayName(env.EMAIL_FROM, email.fromName) : env.EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
  };
}

function failure(error: { message?: string; statusCode?: number | null } | null, headers: Record<string, string> | null): SendOutcome {
  const retryAfter = Number(headers?.["retry-after"]);
  return {
    ok: false,
    status: error?.statusCode ?? null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
    message: error?.message ?? "no response",
  };
}

function devMailbox(emails: WireEmail[]): SendOutcome {
  for (const email of emails) {
    console.info(`✉ dev mailbox: "${email.subject}" to ${maskEmail(email.to)}, open ${env.APP_URL}/dev/mailbox`);
  }
  return { ok: true, providerIds: emails.map((email) => `dev_${email.id}`) };
}

/** `"Suki <hello@x>"` + "Kapé Suki" → `"Kapé Suki" <hello@x>`; quotes keep commas harmless. */
function withDisplayName(from: string, name: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  return `"${name.replace(/["\\\r\n]/g, "")}" <${address}>`;
}
