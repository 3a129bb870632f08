import { Badge } from "@/components/ui/badge";
import { KIND_RULES, isEmailKind } from "@/lib/email/kinds";

type Mail = {
  id: string; kind: string; subject: string; toEmail: string; status: string; attempts: number;
  nextAttemptAt: Date; sentAt: Date | null; lastError: string | null; createdAt: Date;
};

const tone = { SENT: "success", PENDING: "info", SENDING: "info", FAILED: "danger", SUPPRESSED: "neutral" } as const;

/** A table of outbox rows; `when` picks the column that matters for the list. */
export function MailList({ mails, when, empty, timeZone, locale }: {
  mails: Mail[]; when: "due" | "sent" | "created"; empty: string; timeZone: string; locale: string;
}) {
  if (mails.length === 0) return <p className="mt-3 text-sm text-ink-muted">{empty}</p>;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const heading = { due: "Due", sent: "Sent", created: "Queued" }[when];
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-ink-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">{heading}</th>
            <th scope="col" className="py-2 pr-4 font-medium">Kind</th>
            <th scope="col" className="py-2 pr-4 font-medium">To</th>
            <th scope="col" className="py-2 pr-4 font-medium">Subject</th>
            <th scope="col" className="py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => {
            const at = when === "sent" ? mail.sentAt : when === "due" ? mail.nextAttemptAt : mail.createdAt;
            return (
              <tr key={mail.id} className="border-t border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap tabular-nums">{at ? <time dateTime={at.toISOString()}>{format.format(at)}</time> : "—"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{isEmailKind(mail.kind) ? KIND_RULES[mail.kind].label : mail.kind}</td>
                <td className="py-2 pr-4">{mail.toEmail}</td>
                <td className="py-2 pr-4">
                  {mail.subject}
                  {mail.lastError ? <p className="mt-1 text-red-800">{mail.lastError}</p> : null}
                </td>
                <td className="py-2">
                  <Badge variant={tone[mail.status as keyof typeof tone] ?? "neutral"}>{mail.status.toLowerCase()}</Badge>
                  {mail.attempts > 1 ? <span className="ml-2 text-ink-muted">{mail.attempts} attempts</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
