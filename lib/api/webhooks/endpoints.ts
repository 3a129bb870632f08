// Webhook endpoints as the owner manages them: add (the secret is shown once), pause or
// resume, remove, and the recent deliveries to see what arrived. Every function takes the
// business id the caller's own role resolved, never one from the browser.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env.js";
import { parseAllowPrivate, webhookUrlProblem } from "./address-policy";
import { WEBHOOK_EVENTS } from "./events";
import { newWebhookSecret } from "./sign";

/** https only, and no private or reserved address (address-policy.ts; delivery checks again after DNS). */
const urlProblem = (url: string) => webhookUrlProblem(url, parseAllowPrivate(env.WEBHOOK_ALLOW_PRIVATE));

export const createWebhookEndpointSchema = z.object({
  slug: z.string().min(1).max(100),
  url: z
    .url({ protocol: /^https?$/, error: "Enter the full https:// address of your endpoint." })
    .max(500)
    .check((context) => {
      // An unparseable URL already has z.url's message.
      const problem = URL.canParse(context.value) ? urlProblem(context.value) : null;
      if (problem) context.issues.push({ code: "custom", message: problem, input: context.value });
    }),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, { error: "Pick at least one event." }),
});
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ slug: z.string().min(1).max(100), endpointId: z.string().min(1).max(64) });

const MAX_ENDPOINTS = 10;

export async function createWebhookEndpoint(businessId: string, input: { url: string; events: string[] }) {
  const problem = urlProblem(input.url);
  if (problem) return { ok: false as const, message: problem };
  const count = await db.webhookEndpoint.count({ where: { businessId } });
  if (count >= MAX_ENDPOINTS) return { ok: false as const, message: `At most ${MAX_ENDPOINTS} endpoints per business.` };
  const secret = newWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({ data: { businessId, url: input.url, events: input.events, secret }, select: { id: true } });
  return { ok: true as const, id: endpoint.id, secret };
}

export async function setWebhookEndpointActive(businessId: string, endpointId: string, active: boolean): Promise<boolean> {
  const { count } = await db.webhookEndpoint.updateMany({ where: { id: endpointId, businessId }, data: { active } });
  return count === 1;
}

export async function deleteWebhookEndpoint(businessId: string, endpointId: string): Promise<boolean> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, businessId } });
  return count === 1;
}

export async function listWebhookEndpoints(businessId: string) {
  return db.webhookEndpoint.findMany({
    where: { businessId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, url: true, events: true, active: true, createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, event: true, status: true, attempts: true, lastStatus: true, lastError: true, createdAt: true, deliveredAt: true },
      },
    },
  });
}
