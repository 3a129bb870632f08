"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportPreview } from "@/lib/admin/csv-import";
import { IMPORT_MAX_ROWS } from "@/lib/admin/csv-import-rows";
import { ImportProgress } from "./import-progress";

// Keys built at run time, declared for lib/i18n/catalogs.test.ts:
// i18n-keys: adminImport.errors.already_member adminImport.errors.duplicate_email
// i18n-keys: adminImport.errors.invalid_characters adminImport.errors.invalid_email
// i18n-keys: adminImport.errors.invalid_phone adminImport.errors.invalid_points
// i18n-keys: adminImport.errors.malformed_row adminImport.errors.missing_email
// i18n-keys: adminImport.errors.negative_points adminImport.errors.too_long
// i18n-keys: adminImport.errors.too_many_points adminImport.fields.email adminImport.fields.name
// i18n-keys: adminImport.fields.phone adminImport.fields.points adminImport.fields.row
// i18n-keys: adminImport.fileErrors.empty adminImport.fileErrors.no_email_column
// i18n-keys: adminImport.fileErrors.too_large adminImport.fileErrors.too_many_rows

type Props = {
  preview: ImportPreview;
  error?: string;
  importing: { processed: number } | null;
  onConfirm: () => void;
  onReset: () => void;
};

const head = "py-2 pr-4 font-semibold";
const cell = "py-2 pr-4 align-top";

export function ImportPreviewView({ preview, error, importing, onConfirm, onReset }: Props) {
  const t = useTranslations("adminImport");
  const newMembers = preview.validRows - preview.existingMembers;
  const ready = preview.status === "READY" && !error;
  return (
    <Card className="space-y-5 p-5 sm:p-6">
      <div>
        <h2 className="text-lg font-semibold text-ink">{t("preview.title", { file: preview.fileName })}</h2>
        {preview.fileError ? null : (
          <p className="mt-1 text-sm text-ink-muted" data-testid="import-summary">
            {t("preview.summary", { total: preview.totalRows, valid: preview.validRows, existing: preview.existingMembers, errors: preview.errorCount })}
          </p>
        )}
        {preview.ignoredColumns.length > 0 ? <p className="mt-1 text-sm text-ink-muted">{t("preview.ignored", { columns: preview.ignoredColumns.join(", ") })}</p> : null}
      </div>

      {preview.fileError ? <Alert variant="danger">{t(`fileErrors.${preview.fileError}`, { rows: IMPORT_MAX_ROWS.toLocaleString() })}</Alert> : null}

      {preview.errorCount > 0 ? (
        <section aria-labelledby="import-errors-title" className="space-y-2">
          <Alert variant="danger" title={<span id="import-errors-title">{t("preview.errorsTitle")}</span>}>
            {t("preview.errorsText")}
          </Alert>
          <div className="max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("preview.errorsTitle")}</caption>
              <thead className="sticky top-0 bg-surface text-ink-muted">
                <tr>
                  <th scope="col" className={head}>{t("preview.row")}</th>
                  <th scope="col" className={head}>{t("preview.field")}</th>
                  <th scope="col" className={head}>{t("preview.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((problem, index) => (
                  <tr key={`${problem.row}-${problem.field}-${index}`} className="border-t border-line">
                    <td className={`${cell} tabular-nums`}>{problem.row}</td>
                    <td className={cell}>{t(`fields.${problem.field}`)}</td>
                    <td className={cell}>{t(`errors.${problem.code}`, { firstRow: problem.firstRow ?? 0 })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.errorCount > preview.errors.length ? <p className="text-sm text-ink-muted">{t("preview.moreErrors", { count: preview.errorCount - preview.errors.length })}</p> : null}
        </section>
      ) : null}

      {preview.preview.length > 0 && preview.errorCount === 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-ink">{t("preview.firstRows")}</caption>
            <thead className="text-ink-muted">
              <tr>
                <th scope="col" className={head}>{t("preview.row")}</th>
                <th scope="col" className={head}>{t("preview.email")}</th>
                <th scope="col" className={head}>{t("preview.name")}</th>
                <th scope="col" className={head}>{t("preview.phone")}</th>
                <th scope="col" className={`${head} text-right`}>{t("preview.points")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.preview.map((row) => (
                <tr key={row.row} className="border-t border-line">
                  <td className={`${cell} tabular-nums`}>{row.row}</td>
                  <td className={`${cell} break-all`}>{row.email}</td>
                  <td className={cell}>{row.name ?? "—"}</td>
                  <td className={`${cell} tabular-nums`}>{row.phone ?? "—"}</td>
                  <td className={`${cell} text-right tabular-nums`}>{row.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {importing ? <ImportProgress processed={importing.processed} total={preview.totalRows} /> : null}
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {ready && newMembers === 0 ? <Alert variant="info">{t("preview.nothingNew")}</Alert> : null}

      <div className="flex flex-wrap gap-2">
        {ready && newMembers > 0 ? (
          <Button onClick={onConfirm} pending={Boolean(importing)}>
            {t("preview.confirm", { count: newMembers })}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onReset} disabled={Boolean(importing)}>
          {t("preview.another")}
        </Button>
      </div>
    </Card>
  );
}
