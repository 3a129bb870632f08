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
  resendClient ??= new Resend(env.RESEND_API_KEY);
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
