import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { auditFilterOptions, listAuditLog } from "@/lib/admin/audit-log";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/admin/audit-log-format";
import { requireOwner } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";
import { AuditDiff } from "./audit-diff";
import { AuditFilters } from "./audit-filters";
import { actionLabel, actorLabel } from "./audit-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAudit");
  return { title: t("title") };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : "");

export default async function AuditPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const query = await searchParams;
  const filters = { action: one(query.action), actor: one(query.actor) };
  const cursor = decodeAuditCursor(one(query.after));
  const [t, locale, options, page] = await Promise.all([
    getTranslations("adminAudit"),
    getLocale(),
    auditFilterOptions(business!.id),
    listAuditLog({ businessId: business!.id, filters, cursor }),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  const link = (after: string | null) => {
    const search = new URLSearchParams(Object.entries({ ...filters, after: after ?? "" }).filter(([, value]) => value !== ""));
    return `/admin/${slug}/audit${search.size > 0 ? `?${search}` : ""}`;
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">{t("intro", { timeZone: details.timeZone })}</p>
      </div>
      <AuditFilters slug={slug} actions={options.actions} actors={options.actors} current={filters} />
      {page.rows.length === 0 ? (
        <EmptyState icon={<ScrollText />} title={t("emptyTitle")} text={cursor || filters.action || filters.actor ? t("emptyFiltered") : t("emptyText")} />
      ) : (
        <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-stone-50 text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.when")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.who")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.action")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.entity")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("columns.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top">
                  <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                    <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, details.timeZone, locale)}</time>
                  </td>
                  <td className="px-4 py-3">
                    <span className="block font-semibold text-ink">{actorLabel(t, row.actor)}</span>
                    {row.actor.kind === "user" && row.actor.name && row.actor.email ? <span className="block text-xs text-ink-muted">{row.actor.email}</span> : null}
                  </td>
                  <td className="px-4 py-3">{actionLabel(t, row.action)}</td>
                  <td className="px-4 py-3">
                    <span className="block">{t.has(`entities.${row.entityType}` as never) ? t(`entities.${row.entityType}` as never) : row.entityType}</span>
                    {row.entityId ? <span className="block font-mono text-xs break-all text-ink-muted">{row.entityId}</span> : null}
                  </td>
                  <td className="px-4 py-3">
                    <AuditDiff before={row.before} after={row.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor || page.nextCursor ? (
      <nav aria-label={t("pagination")} className="flex flex-wrap gap-3">
        {cursor ? (
          <Button asChild variant="secondary">
            <Link href={link(null)}>{t("newest")}</Link>
          </Button>
        ) : null}
        {page.nextCursor ? (
          <Button asChild variant="secondary">
            <Link href={link(encodeAuditCursor(page.nextCursor))}>{t("older")}</Link>
          </Button>
        ) : null}
      </nav>
      ) : null}
    </div>
  );
}
