"use client";

import { dateTimeFormat } from "@/lib/format/intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { WifiOff } from "lucide-react";

import { QrCode } from "@/components/ui/qr-code";
import { issueCardTokenAction } from "./actions";

type Code = { token: string; expiresAt: number };

type MemberCardProps = {
  slug: string;
  businessName: string;
  timeZone: string;
  memberName: string;
  memberNumber: number;
  tierName: string | null;
  rotationSeconds: number;
  initial: Code;
};

/**
 * The live member card. A new signed code is fetched every rotation; the seconds ticking and
 * the sweeping bar show the cashier it is live, not a screenshot. When a refresh fails
 * (offline), the last code stays on screen and the member is told it may be refused.
 */
export function MemberCard({ slug, businessName, timeZone, memberName, memberNumber, tierName, rotationSeconds, initial }: MemberCardProps) {
  const t = useTranslations("portal");
  const locale = useLocale();
  const [code, setCode] = useState(initial);
  // Measured on this device's clock, so a phone whose clock is off still rotates on time.
  const [receivedAt, setReceivedAt] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);
  const [offline, setOffline] = useState(false);
  const fetching = useRef(false);
  const state = useRef({ receivedAt, offline });
  useEffect(() => {
    state.current = { receivedAt, offline };
  }, [receivedAt, offline]);

  const refresh = useCallback(async () => {
    if (fetching.current) return;
    fetching.current = true;
    try {
      const result = await issueCardTokenAction({ slug });
      if (result?.data) {
        setCode(result.data);
        setReceivedAt(Date.now());
        setOffline(false);
      } else {
        setOffline(true);
      }
    } catch {
      setOffline(true);
    } finally {
      fetching.current = false;
    }
  }, [slug]);

  // One clock drives everything: the live time, and a new code once the current one is a
  // rotation old (also after the phone wakes up), retried every few seconds while offline.
  useEffect(() => {
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const since = state.current.receivedAt;
      if (since === null) {
        setReceivedAt(at);
        return;
      }
      const age = Math.floor((at - since) / 1000);
      if (age >= rotationSeconds && (!state.current.offline || age % 5 === 0)) void refresh();
    };
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [refresh, rotationSeconds]);

  const age = now === null || receivedAt === null ? 0 : Math.floor((now - receivedAt) / 1000);
  const time = dateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit", second: "2-digit" });
  const clock = now === null ? "" : time.format(now);
  const refreshedAt = receivedAt === null ? "" : time.format(receivedAt);
  const left = Math.max(0, rotationSeconds - age);

  return (
    <section aria-label={t("card.label", { business: businessName })} className="overflow-hidden rounded-2xl bg-brand-900 text-white shadow-lg">
      <div className="flex items-start justify-between gap-3 p-5">
        <div className="min-w-0">
          <p className="text-sm text-brand-100">{businessName}</p>
          <p className="truncate text-lg font-semibold">{memberName}</p>
          <p className="text-sm text-brand-100">
            {t.rich("card.number", { number: String(memberNumber), mono: (chunks) => <span className="font-mono tabular-nums">{chunks}</span> })}
            {tierName ? ` · ${tierName}` : null}
          </p>
        </div>
        <p className="font-mono text-lg tabular-nums" aria-label={t("card.currentTime")}>
          <time suppressHydrationWarning>{clock}</time>
        </p>
      </div>
      <div className="bg-white p-4 text-ink">
        <div className="relative mx-auto max-w-64">
          <QrCode value={code.token} label={t("card.codeLabel", { number: String(memberNumber) })} className={offline ? "opacity-60" : undefined} />
        </div>
        {/* The bar restarts with every new code: a moving element no screenshot can fake. */}
        <div className="mt-3 h-1.5 overflow-hidden rounded-full bg-brand-100" aria-hidden="true">
          <div
            key={code.token}
            className="h-full origin-left rounded-full bg-brand-700 motion-safe:animate-[card-sweep_linear_forwards]"
            style={{ animationDuration: `${rotationSeconds}s` }}
          />
        </div>
        <p className="mt-2 text-center text-sm text-ink-muted tabular-nums" aria-hidden="true">
          {t("card.newCodeIn", { seconds: left })}
        </p>
        <p className="sr-only" aria-live="polite">
          {refreshedAt ? t("card.updatedAt", { time: refreshedAt }) : null}
        </p>
        {offline ? (
          <p role="alert" className="mt-2 flex items-center justify-center gap-2 text-sm font-semibold text-red-800">
            <WifiOff aria-hidden="true" className="size-4" />
            {t("card.offline")}
          </p>
        ) : null}
      </div>
    </section>
  );
}
