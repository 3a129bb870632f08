// The outgoing webhook events and the shape of what a receiver gets.
export const WEBHOOK_EVENTS = ["member.tier_changed", "voucher.issued", "voucher.used"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Body POSTed to an endpoint; `id` is stable across retries, so receivers can dedupe on it. */
export type WebhookPayload = { id: string; type: WebhookEvent; createdAt: string; data: Record<string, unknown> };
