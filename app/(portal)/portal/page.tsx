import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guards";
import { formatPoints } from "@/lib/format/money";
import { getMemberProgramOverviews } from "@/lib/loyalty/member-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("home.title") };
}

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function PortalHomePage({ searchParams }: Props) {
  const { user } = await requireMember();
  const { notice } = await searchParams;
  const [programs, t, locale] = await Promise.all([getMemberProgramOverviews(user.id), getTranslations("portal"), getLocale()]);
  const firstName = user.name?.split(" ")[0];

  return (
    <div className="space-y-6">
      {notice === "staff-only" && (
        <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("home.staffOnly")}
        </p>
      )}
      <header>
        <h1 className="text-2xl font-semibold text-ink">{firstName ? t("home.greeting", { name: firstName }) : t("home.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("home.intro")}</p>
      </header>

      {programs.length === 0 ? (
        <section className="rounded-card border border-dashed border-line-strong bg-white p-6 text-center">
          <h2 className="text-lg font-semibold text-ink">{t("home.emptyTitle")}</h2>
          <p className="mt-1 text-ink-muted">{t("home.emptyText")}</p>
        </section>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("home.listLabel")}>
          {programs.map((program) => (
            <li key={program.slug}>
              <Link
                href={`/portal/${program.slug}`}
                className="block rounded-2xl p-5 text-white shadow-md transition hover:shadow-lg focus-visible:outline-offset-4"
                style={{ backgroundColor: program.brandColor }}
              >
                <span className="block text-sm font-medium opacity-90">{program.businessName}</span>
                <span className="mt-3 block text-4xl font-bold tabular-nums">{formatPoints(program.balance, locale)}</span>
                <span className="block text-sm opacity-90">{t("pointsWord", { count: program.balance })}</span>
                <span className="mt-4 flex items-center justify-between text-sm">
                  <span>{program.tierName ?? t("member")}</span>
                  <span className="tabular-nums">{t("memberNumber", { number: program.memberNumber })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
