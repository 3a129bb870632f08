import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { QrCode } from "@/components/ui/qr-code";
import { env } from "@/lib/env.js";
import { getJoinProgram } from "@/lib/portal/join-page";
import { PrintButton } from "./print-button";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join");
  return { title: t("qr.title") };
}

/** A poster for the counter: the join page's address as a QR code, sized for an A4/Letter sheet. */
export default async function JoinQrPage({ params }: Props) {
  const { slug } = await params;
  const program = await getJoinProgram(slug);
  if (!program) notFound();
  const url = new URL(`/join/${slug}`, env.APP_URL).toString();
  const t = await getTranslations("join");

  return (
    <div className="container-page py-8 print:p-0">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/join/${slug}`} className="text-sm font-semibold text-brand-700 underline underline-offset-4">
          {t("qr.back")}
        </Link>
        <PrintButton />
      </div>
      <article className="mx-auto flex max-w-lg flex-col items-center rounded-card border border-line bg-surface p-8 text-center print:max-w-none print:border-0">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("eyebrow")}</p>
        <h1 className="mt-2 font-display text-3xl font-bold text-ink">{program.business.name}</h1>
        <p className="mt-2 text-lg text-ink-muted">{t("qr.scan")}</p>
        <QrCode value={url} label={t("qr.codeLabel", { url })} className="mt-6 max-w-80" />
        <p className="mt-4 font-mono text-sm break-all text-ink">{url}</p>
      </article>
    </div>
  );
}
