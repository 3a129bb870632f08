import { getTranslations } from "next-intl/server";

import { diffAudit } from "@/lib/admin/audit-log-format";

/** The fields an audit entry changed, before and after, folded away until asked for. */
export async function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("adminAudit.diff");
  const lines = diffAudit(before ?? undefined, after ?? undefined);
  if (lines.length === 0) return <span className="text-ink-muted">{t("none")}</span>;
  return (
    <details className="group">
      <summary className="cursor-pointer rounded-control text-sm font-semibold text-brand-700 underline underline-offset-4">
        {t("show", { count: lines.length })}
      </summary>
      <table className="mt-2 w-full min-w-[28rem] table-fixed text-left text-xs">
        <thead className="text-ink-muted">
          <tr>
            <th scope="col" className="w-1/4 py-1 pr-2 font-medium">{t("field")}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t("before")}</th>
            <th scope="col" className="py-1 font-medium">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.field} className="border-t border-line align-top">
              <th scope="row" className="py-1 pr-2 font-mono font-normal break-all">{line.field}</th>
              <td className="py-1 pr-2">
                <pre className="max-h-40 overflow-auto font-mono whitespace-pre-wrap break-all text-red-800">{line.before}</pre>
              </td>
              <td className="py-1">
                <pre className="max-h-40 overflow-auto font-mono whitespace-pre-wrap break-all text-green-800">{line.after}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
