import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import {
  ArrowRight,
  BookOpen,
  Check,
  Coffee,
  Gift,
  Mail,
  Percent,
  Plug,
  QrCode,
  Scissors,
  ServerCog,
  Stamp,
  Star,
} from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MemberCardPreview } from "./member-card-preview";

function SectionHeading({ eyebrow, title, text, id }: { eyebrow: string; title: string; text?: ReactNode; id: string }) {
  return (
    <div className="mx-auto max-w-2xl text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
      <h2 id={id} className="mt-2 font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">
        {title}
      </h2>
      {text ? <p className="mt-4 text-lg text-ink-muted">{text}</p> : null}
    </div>
  );
}

function IconTile({ children }: { children: ReactNode }) {
  return (
    <span
      aria-hidden="true"
      className="grid size-11 shrink-0 place-items-center rounded-xl bg-brand-100 text-brand-800 [&_svg]:size-5"
    >
      {children}
    </span>
  );
}

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const em = (chunks: ReactNode) => <em lang="fil">{chunks}</em>;
  const audiences = [
    { icon: <Coffee />, title: t("audiences.cafe.title"), text: t("audiences.cafe.text") },
    { icon: <BookOpen />, title: t("audiences.bookshop.title"), text: t("audiences.bookshop.text") },
    { icon: <Scissors />, title: t("audiences.others.title"), text: t("audiences.others.text") },
  ];
  const features = [
    { icon: <Star />, title: t("features.points.title"), text: t("features.points.text") },
    { icon: <Stamp />, title: t("features.punchCards.title"), text: t("features.punchCards.text") },
    { icon: <Percent />, title: t("features.discount.title"), text: t("features.discount.text") },
    { icon: <Gift />, title: t("features.rewards.title"), text: t("features.rewards.text") },
    { icon: <QrCode />, title: t("features.card.title"), text: t("features.card.text") },
    { icon: <Mail />, title: t("features.emails.title"), text: t("features.emails.text") },
    { icon: <Plug />, title: t("features.api.title"), text: t("features.api.text") },
    { icon: <ServerCog />, title: t("features.selfHosted.title"), text: t("features.selfHosted.text") },
  ];
  const steps = [
    { title: t("steps.setUp.title"), text: t("steps.setUp.text") },
    { title: t("steps.join.title"), text: t("steps.join.text") },
    { title: t("steps.reward.title"), text: t("steps.reward.text") },
  ];
  const dataPromises = [t("data.promises.oneApp"), t("data.promises.noTrackers"), t("data.promises.export"), t("data.promises.memberRights")];
  const highlights = [t("hero.highlights.noApp"), t("hero.highlights.selfHosted"), t("hero.highlights.yourData")];

  return (
    <>
      <section aria-labelledby="hero-title" className="relative overflow-hidden">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-x-0 -top-40 -z-10 h-[36rem] bg-[radial-gradient(ellipse_at_top,var(--color-brand-100),transparent_65%)]"
        />
        <div className="container-page grid items-center gap-14 pt-12 pb-20 sm:pt-16 lg:grid-cols-[1.1fr_1fr] lg:gap-10 lg:pt-24 lg:pb-28">
          <div>
            <Badge variant="brand" className="px-3 py-1 text-sm">
              {t("hero.badge")}
            </Badge>
            <h1
              id="hero-title"
              className="mt-5 font-display text-4xl leading-[1.1] font-bold tracking-tight text-brand-950 sm:text-5xl lg:text-6xl"
            >
              {t("hero.title")}
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-8 text-ink-muted">
              {t.rich("hero.text", { em })}
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <Button asChild size="lg">
                <Link href="/join/kape-suki">
                  {t("seeDemo")}
                  <ArrowRight aria-hidden="true" />
                </Link>
              </Button>
              <Button asChild size="lg" variant="secondary">
                <Link href="/login">{t("signIn")}</Link>
              </Button>
            </div>
            <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium text-ink-muted">
              {highlights.map((item) => (
                <li key={item} className="flex items-center gap-1.5">
                  <Check aria-hidden="true" className="size-4 text-green-700" strokeWidth={3} />
                  {item}
                </li>
              ))}
            </ul>
          </div>
          <MemberCardPreview />
        </div>
      </section>

      <section aria-labelledby="audience-title" className="border-y border-line bg-surface py-16 sm:py-20">
        <div className="container-page">
          <SectionHeading
            id="audience-title"
            eyebrow={t("audiences.eyebrow")}
            title={t("audiences.title")}
            text={t("audiences.text")}
          />
          <ul className="mt-12 grid gap-5 md:grid-cols-3">
            {audiences.map((a) => (
              <li key={a.title} className="rounded-card border border-line bg-canvas p-6">
                <IconTile>{a.icon}</IconTile>
                <h3 className="mt-4 text-lg font-semibold text-ink">{a.title}</h3>
                <p className="mt-2 text-ink-muted">{a.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section id="features" aria-labelledby="features-title" className="py-16 sm:py-24">
        <div className="container-page">
          <SectionHeading
            id="features-title"
            eyebrow={t("features.eyebrow")}
            title={t("features.title")}
            text={t("features.text")}
          />
          <ul className="mt-12 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            {features.map((f) => (
              <li key={f.title} className="rounded-card border border-line bg-surface p-6 shadow-card">
                <IconTile>{f.icon}</IconTile>
                <h3 className="mt-4 font-semibold text-ink">{f.title}</h3>
                <p className="mt-2 text-sm leading-6 text-ink-muted">{f.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section
        id="how-it-works"
        aria-labelledby="how-title"
        className="scroll-mt-20 bg-brand-900 py-16 text-white sm:py-24"
      >
        <div className="container-page">
          <div className="mx-auto max-w-2xl text-center">
            <p className="text-sm font-semibold tracking-wide text-brand-200 uppercase">{t("steps.eyebrow")}</p>
            <h2 id="how-title" className="mt-2 font-display text-3xl font-bold tracking-tight sm:text-4xl">
              {t("steps.title")}
            </h2>
          </div>
          <ol className="mt-12 grid gap-5 md:grid-cols-3">
            {steps.map((s, i) => (
              <li key={s.title} className="rounded-card bg-white/5 p-6 ring-1 ring-white/15">
                <span
                  aria-hidden="true"
                  className="grid size-10 place-items-center rounded-full bg-amber-300 font-display text-lg font-bold text-brand-950"
                >
                  {i + 1}
                </span>
                <h3 className="mt-4 text-lg font-semibold">
                  <span className="sr-only">{t("steps.step", { number: i + 1 })} </span>
                  {s.title}
                </h3>
                <p className="mt-2 text-brand-100">{s.text}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="data-title" className="py-16 sm:py-24">
        <div className="container-page grid items-center gap-10 lg:grid-cols-2">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("data.eyebrow")}</p>
            <h2 id="data-title" className="mt-2 font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">
              {t("data.title")}
            </h2>
            <p className="mt-4 text-lg text-ink-muted">{t("data.text")}</p>
          </div>
          <ul className="space-y-3">
            {dataPromises.map((p) => (
              <li key={p} className="flex gap-3 rounded-card border border-line bg-surface p-4">
                <Check aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-green-700" strokeWidth={3} />
                <span className="text-ink">{p}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="demo-title" className="pb-20 sm:pb-28">
        <div className="container-page">
          <div className="rounded-card bg-gradient-to-br from-brand-100 to-amber-100 px-6 py-12 text-center ring-1 ring-brand-200 sm:px-12">
            <h2 id="demo-title" className="font-display text-3xl font-bold tracking-tight text-brand-950">
              {t("demo.title")}
            </h2>
            <p className="mx-auto mt-3 max-w-xl text-lg text-brand-900">{t("demo.text")}</p>
            <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
              <Button asChild size="lg">
                <Link href="/join/kape-suki">
                  {t("seeDemo")}
                  <ArrowRight aria-hidden="true" />
                </Link>
              </Button>
              <Button asChild size="lg" variant="secondary">
                <Link href="/login">{t("signIn")}</Link>
              </Button>
            </div>
          </div>
        </div>
      </section>
    </>
  );
}
