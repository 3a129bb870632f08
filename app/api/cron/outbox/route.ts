/**
 * Outbox delivery. Schedule: every minute.
 * Selects: due PENDING rows (and SENDING rows whose lease lapsed), claimed with FOR UPDATE
 * SKIP LOCKED in batches of up to 100 after the send-time rules (switches, preferences,
 * cadence), then sent through Resend at its rate limit for at most 50 s.
 * Idempotent: a batch's Idempotency-Key is `outbox/<first row id>`, stored on its rows, so a
 * batch re-sent after a crash is dropped by the provider; rows are SENT only from SENDING.
 * Answers { claimed, sent, skipped, postponed, failed, retried, requests }.
 */
import { cronRoute } from "@/lib/email/cron-route";
import { deliverOutbox } from "@/lib/email/deliver";

export const dynamic = "force-dynamic";
export const maxDuration = 60;

const handler = cronRoute("outbox", () => deliverOutbox({ maxSeconds: 50 }));
export const GET = handler;
export const POST = handler;
