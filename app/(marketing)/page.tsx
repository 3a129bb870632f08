import Link from "next/link";
import type { ReactNode } from "react";
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

const audiences = [
  {
    icon: <Coffee />,
    title: "A café in Manila",
    text: "Stamp every coffee, make the tenth one free, and send a salamat after the first visit.",
  },
  {
    icon: <BookOpen />,
    title: "A bookshop in Bucharest",
    text: "Points on every book, and an invitation to the author reading for your most faithful readers.",
  },
  {
    icon: <Scissors />,
    title: "Salons, bakeries, restaurants",
    text: "Anywhere with regulars and a counter. A phone or tablet at the till is all the hardware you need.",
  },
];

const features = [
  {
    icon: <Star />,
    title: "Points and tiers",
    text: "Members earn on every purchase and climb from Suki to Silver to Gold, with bigger earn rates and perks they can see.",
  },
  {
    icon: <Stamp />,
    title: "Punch cards",
    text: "Buy nine, the tenth is on the house. Stamps fill in on their own when staff record a purchase.",
  },
  {
    icon: <Percent />,
    title: "A discount that grows each visit",
    text: "Start at 5% and add 1% for every visit this month, up to 15%. Coming back always pays.",
  },
  {
    icon: <Gift />,
    title: "Rewards worth coming back for",
    text: "Free items and upgrades, partner rewards from the bakery next door, donations in a member's name, and invitations to tastings and previews.",
  },
  {
    icon: <QrCode />,
    title: "A member card on every phone",
    text: "No app to install. The card's QR code keeps rotating, so a screenshot can't be copied or replayed.",
  },
  {
    icon: <Mail />,
    title: "Thank-you and milestone emails",
    text: "A thank-you after the first visit, a note at the tenth, a heads-up before points expire. At most one marketing email a week, with one-click unsubscribe.",
  },
  {
    icon: <Plug />,
    title: "An API for your till",
    text: "Connect your point of sale or online shop: enroll, look up, earn, refund and redeem over a REST API with scoped keys.",
  },
  {
    icon: <ServerCog />,
    title: "Self-hosted, your data stays yours",
    text: "Run Suki on your own server with one PostgreSQL database. Export everything as CSV, any time.",
  },
];

const steps = [
  {
    title: "Set up your program",
    text: "Choose how many points a peso or a leu earns, name your tiers, design a punch card and add a few rewards. It takes minutes, not weeks.",
  },
  {
    title: "Customers join in seconds",
    text: "They scan the QR code on your counter or follow your link, then sign in with a one-time link sent to their email. No app, no password to remember.",
  },
  {
    title: "Reward them at the till",
    text: "Staff scan the member card and type the amount. Points, stamps and the visit discount apply by themselves, and Suki sends the thank-you.",
  },
];

const dataPromises = [
  "One app and one PostgreSQL database, on a small server or a machine in the back office.",
  "No ad trackers and no selling of customer lists: member data stays on your server.",
  "Export members, purchases and points as CSV whenever you like.",
  "Members can download or delete their own data from the portal.",
];

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

export default function LandingPage() {
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
              Loyalty for cafés, shops and salons
            </Badge>
            <h1
              id="hero-title"
              className="mt-5 font-display text-4xl leading-[1.1] font-bold tracking-tight text-brand-950 sm:text-5xl lg:text-6xl"
            >
              Suki turns first-time customers into regulars
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-8 text-ink-muted">
              In the Philippines, your <em lang="fil">suki</em> is the regular you know by name and
              save the last ensaymada for. Suki gives any small business a loyalty program that
              feels like that: points, tiers, punch cards and rewards on a member card that lives in
              your customers&apos; phones, running on your own server.
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <Button asChild size="lg">
                <Link href="/join/kape-suki">
                  See the demo café
                  <ArrowRight aria-hidden="true" />
                </Link>
              </Button>
              <Button asChild size="lg" variant="secondary">
                <Link href="/login">Sign in</Link>
              </Button>
            </div>
            <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2 text-sm font-medium text-ink-muted">
              {["No app to install", "Self-hosted", "Your data stays yours"].map((item) => (
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
            eyebrow="Who it's for"
            title="Made for the places people come back to"
            text="Small and mid-size businesses that know their customers, and want a program that feels personal rather than corporate."
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
            eyebrow="What you get"
            title="Everything a loyalty program needs"
            text="The tools big chains use, sized for a shop with one counter and a few hundred regulars."
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
            <p className="text-sm font-semibold tracking-wide text-brand-200 uppercase">How it works</p>
            <h2 id="how-title" className="mt-2 font-display text-3xl font-bold tracking-tight sm:text-4xl">
              Up and running before the afternoon rush
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
                  <span className="sr-only">Step {i + 1}: </span>
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
            <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Self-hostable</p>
            <h2 id="data-title" className="mt-2 font-display text-3xl font-bold tracking-tight text-ink sm:text-4xl">
              Your program, your server, your data
            </h2>
            <p className="mt-4 text-lg text-ink-muted">
              Your customer list is one of the most valuable things your business owns. With Suki it
              never sits in someone else&apos;s marketing database.
            </p>
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
              Drop by the demo café
            </h2>
            <p className="mx-auto mt-3 max-w-xl text-lg text-brand-900">
              Kapé Suki is a pretend café in Manila with two hundred members and a year of history.
              Join it as a customer and see your card, stamps and rewards.
            </p>
            <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
              <Button asChild size="lg">
                <Link href="/join/kape-suki">
                  See the demo café
                  <ArrowRight aria-hidden="true" />
                </Link>
              </Button>
              <Button asChild size="lg" variant="secondary">
                <Link href="/login">Sign in</Link>
              </Button>
            </div>
          </div>
        </div>
      </section>
    </>
  );
}
