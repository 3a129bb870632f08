import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { IMPORT_MAX_ROWS } from "@/lib/admin/csv-import-rows";
import { requireOwner } from "@/lib/auth/guards";
import { ImportWizard } from "./import-wizard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminImport");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ slug: string }> };

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent("email,name,phone,starting points\nmaria@example.com,Maria Santos,+639171234567,120\n")}`;

/** Owner only: import existing customers from a CSV file. */
export default async function ImportMembersPage({ params }: Props) {
  const { slug } = await params;
  await requireOwner(slug);
  const t = await getTranslations("adminImport");
  return (
    <div className="space-y-6">
      <Link href={`/admin/${slug}/members`} className="inline-flex min-h-11 items-center gap-2 text-sm font-semibold text-brand-800 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">{t("description")}</p>
      </div>
      <Card className="space-y-2 p-5 text-sm sm:p-6">
        <h2 className="text-lg font-semibold text-ink">{t("format.title")}</h2>
        <p>{t("format.columns", { columns: "email, name, phone, starting points" })}</p>
        <p>{t("format.points")}</p>
        <p>{t("format.existing")}</p>
        <a href={TEMPLATE} download="suki-import-template.csv" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {t("format.template")}
        </a>
      </Card>
      <ImportWizard slug={slug} maxRows={IMPORT_MAX_ROWS} />
    </div>
  );
}
