import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireOwner } from "@/lib/auth/guards";
import { WEBHOOK_EVENTS } from "@/lib/api/webhooks/events";
import { listWebhookEndpoints } from "@/lib/api/webhooks/endpoints";
import { EndpointControls, NewEndpointForm } from "./webhook-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminWebhooks");
  return { title: t("title") };
}

// i18n-keys: adminWebhooks.statuses.PENDING adminWebhooks.statuses.DELIVERED adminWebhooks.statuses.FAILED

type Props = { params: Promise<{ slug: string }> };

const STATUS_VARIANT = { PENDING: "warning", DELIVERED: "success", FAILED: "danger" } as const;

export default async function WebhooksPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [endpoints, t] = await Promise.all([listWebhookEndpoints(business!.id), getTranslations("adminWebhooks")]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">
          {t.rich("intro", {
            code: (chunks) => <code>{chunks}</code>,
            docs: (chunks) => (
              <a className="underline" href="/docs/api">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>

      <Card className="p-5 sm:p-6">
        <h2 className="text-lg font-semibold text-ink">{t("addTitle")}</h2>
        <NewEndpointForm slug={slug} events={[...WEBHOOK_EVENTS]} />
      </Card>

      {endpoints.length === 0 ? (
        <p className="text-ink-muted">{t("none")}</p>
      ) : (
        endpoints.map((endpoint) => (
          <Card key={endpoint.id} className="space-y-4 p-5 sm:p-6">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="truncate font-mono text-sm text-ink">{endpoint.url}</p>
                <p className="mt-1 text-sm text-ink-muted">{endpoint.events.join(", ")}</p>
              </div>
              <div className="flex items-center gap-2">
                <Badge variant={endpoint.active ? "success" : "neutral"}>{endpoint.active ? t("active") : t("paused")}</Badge>
                <EndpointControls slug={slug} endpointId={endpoint.id} active={endpoint.active} />
              </div>
            </div>
            {endpoint.deliveries.length > 0 ? (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("deliveries.caption")}</caption>
                <thead className="text-ink-muted">
                  <tr>
                    <th className="py-1 font-medium">{t("deliveries.event")}</th>
                    <th className="py-1 font-medium">{t("deliveries.status")}</th>
                    <th className="py-1 font-medium">{t("deliveries.attempts")}</th>
                    <th className="py-1 font-medium">{t("deliveries.lastAnswer")}</th>
                  </tr>
                </thead>
                <tbody>
                  {endpoint.deliveries.map((delivery) => (
                    <tr key={delivery.id} className="border-t border-line">
                      <td className="py-1.5">{delivery.event}</td>
                      <td className="py-1.5">
                        <Badge variant={STATUS_VARIANT[delivery.status]}>{t(`statuses.${delivery.status}`)}</Badge>
                      </td>
                      <td className="py-1.5 tabular-nums">{delivery.attempts}</td>
                      <td className="py-1.5">{delivery.lastError ?? delivery.lastStatus ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-ink-muted">{t("deliveries.none")}</p>
            )}
          </Card>
        ))
      )}
    </div>
  );
}
