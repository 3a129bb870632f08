import { dateTimeFormat } from "@/lib/format/intl";
import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";

type Mail = {
  id: string; kind: string; subject: string; toEmail: string; status: string; attempts: number;
  nextAttemptAt: Date; sentAt: Date | null; lastError: string | null; createdAt: Date;
};

const tone = { SENT: "success", PENDING: "info", SENDING: "info", FAILED: "danger", SUPPRESSED: "neutral" } as const;

// i18n-keys: adminCampaigns.mail.statuses.SENT adminCampaigns.mail.statuses.PENDING adminCampaigns.mail.statuses.SENDING
// i18n-keys: adminCampaigns.mail.statuses.FAILED adminCampaigns.mail.statuses.SUPPRESSED
// i18n-keys: adminCampaigns.mail.when.due adminCampaigns.mail.when.sent adminCampaigns.mail.when.created

/** A table of outbox rows; `when` picks the column that matters for the list. */
export async function MailList({ mails, when, empty, timeZone, locale, kindLabels }: {
  mails: Mail[]; when: "due" | "sent" | "created"; empty: string; timeZone: string; locale: string; kindLabels: Record<string, string>;
}) {
  if (mails.length === 0) return <p className="mt-3 text-sm text-ink-muted">{empty}</p>;
  const t = await getTranslations("adminCampaigns");
  const format = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-ink-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{t(`mail.when.${when}`)}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("mail.kind")}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("mail.to")}</th>
            <th scope="col" className="py-2 pr-4 font-medium">{t("mail.subject")}</th>
            <th scope="col" className="py-2 font-medium">{t("mail.status")}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => {
            const at = when === "sent" ? mail.sentAt : when === "due" ? mail.nextAttemptAt : mail.createdAt;
            return (
              <tr key={mail.id} className="border-t border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap tabular-nums">{at ? <time dateTime={at.toISOString()}>{format.format(at)}</time> : "—"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{kindLabels[mail.kind] ?? mail.kind}</td>
                <td className="py-2 pr-4">{mail.toEmail}</td>
                <td className="py-2 pr-4">
                  {mail.subject}
                  {mail.lastError ? <p className="mt-1 text-red-800">{mail.lastError}</p> : null}
                </td>
                <td className="py-2">
                  <Badge variant={tone[mail.status as keyof typeof tone] ?? "neutral"}>
                    {t.has(`mail.statuses.${mail.status}`) ? t(`mail.statuses.${mail.status}`) : mail.status.toLowerCase()}
                  </Badge>
                  {mail.attempts > 1 ? <span className="ml-2 text-ink-muted">{t("mail.attempts", { count: mail.attempts })}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
