import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireOwner } from "@/lib/auth/guards";
import { WEBHOOK_EVENTS } from "@/lib/api/webhooks/events";
import { listWebhookEndpoints } from "@/lib/api/webhooks/endpoints";
import { EndpointControls, NewEndpointForm } from "./webhook-forms";

export const metadata: Metadata = { title: "Webhooks" };

type Props = { params: Promise<{ slug: string }> };

const STATUS_VARIANT = { PENDING: "warning", DELIVERED: "success", FAILED: "danger" } as const;

export default async function WebhooksPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const endpoints = await listWebhookEndpoints(business!.id);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">Webhooks</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">
          Suki POSTs these events to your system as they happen, signed with the endpoint&apos;s secret in the{" "}
          <code>Suki-Signature</code> header (<code>t=…,v1=…</code>, HMAC-SHA256 of <code>t.body</code>), and retries for about a
          day when your server does not answer 2xx. See <a className="underline" href="/docs/api">the API reference</a>.
        </p>
      </div>

      <Card className="p-5 sm:p-6">
        <h2 className="text-lg font-semibold text-ink">Add an endpoint</h2>
        <NewEndpointForm slug={slug} events={[...WEBHOOK_EVENTS]} />
      </Card>

      {endpoints.length === 0 ? (
        <p className="text-ink-muted">No endpoints yet.</p>
      ) : (
        endpoints.map((endpoint) => (
          <Card key={endpoint.id} className="space-y-4 p-5 sm:p-6">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="truncate font-mono text-sm text-ink">{endpoint.url}</p>
                <p className="mt-1 text-sm text-ink-muted">{endpoint.events.join(", ")}</p>
              </div>
              <div className="flex items-center gap-2">
                <Badge variant={endpoint.active ? "success" : "neutral"}>{endpoint.active ? "Active" : "Paused"}</Badge>
                <EndpointControls slug={slug} endpointId={endpoint.id} active={endpoint.active} />
              </div>
            </div>
            {endpoint.deliveries.length > 0 ? (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Recent deliveries</caption>
                <thead className="text-ink-muted">
                  <tr>
                    <th className="py-1 font-medium">Event</th>
                    <th className="py-1 font-medium">Status</th>
                    <th className="py-1 font-medium">Attempts</th>
                    <th className="py-1 font-medium">Last answer</th>
                  </tr>
                </thead>
                <tbody>
                  {endpoint.deliveries.map((delivery) => (
                    <tr key={delivery.id} className="border-t border-line">
                      <td className="py-1.5">{delivery.event}</td>
                      <td className="py-1.5">
                        <Badge variant={STATUS_VARIANT[delivery.status]}>{delivery.status.toLowerCase()}</Badge>
                      </td>
                      <td className="py-1.5 tabular-nums">{delivery.attempts}</td>
                      <td className="py-1.5">{delivery.lastError ?? delivery.lastStatus ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-ink-muted">Nothing sent yet.</p>
            )}
          </Card>
        ))
      )}
    </div>
  );
}
