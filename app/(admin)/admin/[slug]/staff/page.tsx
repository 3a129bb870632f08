import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { listStaff } from "@/lib/admin/staff";
import { requireOwner } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { InviteStaffForm, StaffRowControls } from "./staff-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminStaff"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function StaffPage({ params }: Props) {
  const { slug } = await params;
  const { user, business } = await requireOwner(slug);
  const [t, locale, staff] = await Promise.all([
    getTranslations("adminStaff"),
    getLocale(),
    listStaff(business!.id),
  ]);
  const details = business!; // name, currency and time zone come with the role (requireStaff)

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">{t("intro", { business: details.name })}</p>
      </div>

      <Card className="p-5 sm:p-6">
        <CardTitle>{t("inviteTitle")}</CardTitle>
        <p className="mt-1 text-sm text-ink-muted">{t("inviteHint")}</p>
        <InviteStaffForm slug={slug} />
      </Card>

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="flex items-baseline gap-2 text-lg font-semibold text-ink">
          {t("teamTitle")} <span className="text-sm font-normal text-ink-muted">{t("teamCount", { count: staff.length })}</span>
        </h2>
        <div className="overflow-x-auto rounded-card border border-line bg-surface shadow-card">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("teamTitle")}</caption>
            <thead className="text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">{t("columns.person")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("columns.role")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("columns.lastActive")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("columns.added")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => {
                const person = member.name ?? member.email;
                const isSelf = member.userId === user.id;
                return (
                  <tr key={member.id} aria-label={member.email} className="border-t border-line align-middle">
                    <th scope="row" className="px-4 py-3 font-normal">
                      <span className="block font-semibold text-ink">
                        {person} {isSelf ? <span className="font-normal text-ink-muted">({t("you")})</span> : null}
                      </span>
                      {member.name ? <span className="block text-ink-muted">{member.email}</span> : null}
                    </th>
                    <td className="px-4 py-3">
                      <Badge variant={member.role === "OWNER" ? "brand" : "neutral"}>{t(`roles.${member.role}`)}</Badge>
                    </td>
                    <td className="px-4 py-3 text-ink-muted">
                      {member.lastActiveAt ? (
                        <time dateTime={member.lastActiveAt.toISOString()}>{formatDateTime(member.lastActiveAt, details.timeZone, locale)}</time>
                      ) : (
                        t("never")
                      )}
                    </td>
                    <td className="px-4 py-3 text-ink-muted">{formatDate(member.createdAt, details.timeZone, locale)}</td>
                    <td className="px-4 py-3">
                      <StaffRowControls slug={slug} staffRoleId={member.id} role={member.role} person={person} isSelf={isSelf} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
