import { Download, Upload, Users } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { countMembers, listMembers } from "@/lib/admin/members-list";
import { memberListQuerySchema, type MemberListQuery } from "@/lib/admin/members-schemas";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { MemberFilters } from "./member-filters";
import { MembersTable } from "./members-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminMembers");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Staff and owner: look members up; the owner also gets import and export. */
export default async function MembersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { business } = await requireStaff(slug);
  const query = memberListQuerySchema.parse(await searchParams);
  const [t, locale, tiers, total, page] = await Promise.all([
    getTranslations("adminMembers"),
    getLocale(),
    db.tier.findMany({ where: { businessId: business!.id }, orderBy: { rank: "asc" }, select: { id: true, name: true } }),
    countMembers(business!.id),
    listMembers({ businessId: business!.id, query }),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)
  const owner = business!.role === "OWNER";
  const base = `/admin/${slug}/members`;
  const href = (cursor: Partial<Pick<MemberListQuery, "after" | "before">>) => `${base}?${listParams({ ...query, after: undefined, before: undefined, ...cursor })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
          <p className="mt-1 text-ink-muted">{t("description", { count: total, business: details.name })}</p>
        </div>
        {owner ? (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <Link href={`${base}/import`}>
                <Upload aria-hidden />
                {t("actions.import")}
              </Link>
            </Button>
            <Button asChild variant="ghost">
              <a href={`${base}/export`} download>
                <Download aria-hidden />
                {t("actions.exportMembers")}
              </a>
            </Button>
            <Button asChild variant="ghost">
              <a href={`${base}/export/ledger`} download>
                <Download aria-hidden />
                {t("actions.exportLedger")}
              </a>
            </Button>
          </div>
        ) : null}
      </div>

      <MemberFilters action={base} query={query} tiers={tiers} />

      {page.rows.length === 0 ? (
        <EmptyState icon={<Users />} title={t("empty.title")} text={t("empty.text")} />
      ) : (
        <MembersTable rows={page.rows} base={base} sort={query.sort} locale={locale} timeZone={details.timeZone} />
      )}

      {page.previous || page.next ? (
        <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex gap-2">
            {page.previous ? (
              <>
                <Button asChild variant="ghost" size="sm">
                  <Link href={href({})}>{t("pagination.first")}</Link>
                </Button>
                <Button asChild variant="secondary" size="sm">
                  <Link href={href({ before: page.previous })} rel="prev">
                    {t("pagination.previous")}
                  </Link>
                </Button>
              </>
            ) : null}
          </div>
          {page.next ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href({ after: page.next })} rel="next">
                {t("pagination.next")}
              </Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function listParams(query: MemberListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "" && !(key === "sort" && value === "joined") && !(key === "dir" && value === "desc")) params.set(key, String(value));
  }
  return params.toString();
}
