// Webhook endpoints as the owner manages them: add (the secret is shown once), pause or
// resume, remove, and the recent deliveries to see what arrived. Every function takes the
// business id the caller's own role resolved, never one from the browser.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { WEBHOOK_EVENTS } from "./events";
import { newWebhookSecret } from "./sign";

export const createWebhookEndpointSchema = z.object({
  slug: z.string().min(1).max(100),
  url: z.url({ protocol: /^https?$/, error: "Enter the full https:// address of your endpoint." }).max(500),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, { error: "Pick at least one event." }),
});
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ slug: z.string().min(1).max(100), endpointId: z.string().min(1).max(64) });

const MAX_ENDPOINTS = 10;

export async function createWebhookEndpoint(businessId: string, input: { url: string; events: string[] }) {
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
