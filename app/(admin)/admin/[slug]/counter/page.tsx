import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { requireStaff } from "@/lib/auth/guards";
import { CounterScreen } from "./counter-screen";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCounter"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

/** The till: staff and owners find a member and record what happens at the counter. */
export default async function CounterPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireStaff(slug);
  const t = await getTranslations("adminCounter");
  const details = business!; // name, currency and time zone come with the role (requireStaff)

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 text-ink-muted">{t("intro")}</p>
      </div>
      <CounterScreen slug={slug} currency={details.currency} timeZone={details.timeZone} />
    </div>
  );
}
