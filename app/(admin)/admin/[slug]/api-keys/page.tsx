import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { listApiKeys } from "@/lib/admin/api-keys";
import { API_SCOPES } from "@/lib/api/api-scopes";
import { requireOwner } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { CreateApiKeyForm, RevokeApiKeyButton } from "./api-key-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminApiKeys"))("title") };
}

// i18n-keys: adminApiKeys.columns.name adminApiKeys.columns.key adminApiKeys.columns.scopes adminApiKeys.columns.limit
// i18n-keys: adminApiKeys.columns.created adminApiKeys.columns.lastUsed adminApiKeys.columns.status adminApiKeys.columns.actions
type Props = { params: Promise<{ slug: string }> };

export default async function ApiKeysPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [t, locale, keys] = await Promise.all([
    getTranslations("adminApiKeys"),
    getLocale(),
    listApiKeys(business!.id),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  const zone = details.timeZone;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">
          {t("intro")}{" "}
          <a className="font-semibold text-brand-800 underline" href="/docs/api">
            {t("docsLink")}
          </a>
        </p>
      </div>

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("createTitle")}</CardTitle>
        <CreateApiKeyForm slug={slug} scopes={[...API_SCOPES]} />
      </Card>

      <section aria-labelledby="keys-heading" className="space-y-3">
        <h2 id="keys-heading" className="text-lg font-semibold text-ink">{t("keysTitle")}</h2>
        {keys.length === 0 ? (
          <p className="text-ink-muted">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
            <table className="w-full min-w-[52rem] text-left text-sm">
              <caption className="sr-only">{t("keysTitle")}</caption>
              <thead className="text-ink-muted">
                <tr>
                  {(["name", "key", "scopes", "limit", "created", "lastUsed", "status", "actions"] as const).map((column) => (
                    <th key={column} scope="col" className="px-4 py-3 font-medium">{t(`columns.${column}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id} aria-label={key.name} className="border-t border-line align-top">
                    <th scope="row" className="px-4 py-3 font-semibold text-ink">{key.name}</th>
                    <td className="px-4 py-3 font-mono whitespace-nowrap text-ink">{key.prefix}…</td>
                    <td className="px-4 py-3">
                      <ul className="flex flex-wrap gap-1">
                        {key.scopes.map((scope) => (
                          <li key={scope}>
                            <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-ink">{scope}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap tabular-nums">{t("perMinute", { count: key.rateLimitPerMinute })}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-ink-muted">{formatDate(key.createdAt, zone, locale)}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-ink-muted">{key.lastUsedAt ? formatDateTime(key.lastUsedAt, zone, locale) : t("neverUsed")}</td>
                    <td className="px-4 py-3">
                      {key.revokedAt ? (
                        <Badge variant="danger">{t("revokedOn", { date: formatDate(key.revokedAt, zone, locale) })}</Badge>
                      ) : (
                        <Badge variant="success">{t("active")}</Badge>
                      )}
                    </td>
                    <td className="px-4 py-3">{key.revokedAt ? null : <RevokeApiKeyButton slug={slug} apiKeyId={key.id} name={key.name} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
