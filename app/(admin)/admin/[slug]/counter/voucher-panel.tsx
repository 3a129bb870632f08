"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { CircleCheck, Search } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { CounterVoucher, CounterVoucherStatus } from "@/lib/admin/counter-vouchers";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { checkCounterVoucherAction, markCounterVoucherUsedAction } from "./actions";
import { QrScanButton } from "./qr-scan-button";

// i18n-keys: adminCounter.voucher.statuses.ISSUED adminCounter.voucher.statuses.USED
// i18n-keys: adminCounter.voucher.statuses.CANCELLED adminCounter.voucher.statuses.EXPIRED
// i18n-keys: adminCounter.voucher.reasons.format adminCounter.voucher.reasons.not_found
type VoucherPanelProps = {
  slug: string;
  currency: string;
  timeZone: string;
  /** A code picked from the member's open vouchers: checked as soon as the panel opens. */
  initialCode?: string;
  onUsed: (voucher: CounterVoucher) => void;
};

const STATUS_BADGE: Record<CounterVoucherStatus, BadgeProps["variant"]> = { ISSUED: "success", USED: "danger", CANCELLED: "danger", EXPIRED: "warning" };

export function VoucherPanel({ slug, currency, timeZone, initialCode, onUsed }: VoucherPanelProps) {
  const t = useTranslations("adminCounter.voucher");
  const tCounter = useTranslations("adminCounter");
  const locale = useLocale();
  const [code, setCode] = useState(initialCode ?? "");
  const [used, setUsed] = useState<CounterVoucher | null>(null);
  const check = useAction(checkCounterVoucherAction, { onExecute: () => setUsed(null) });
  const markUsed = useAction(markCounterVoucherUsedAction, {
    onSuccess: ({ data }) => {
      setUsed(data);
      onUsed(data);
    },
    // Another till may have taken it meanwhile: show its state as it is now.
    onError: () => check.execute({ slug, code }),
  });

  const checkOnce = useRef(initialCode);
  useEffect(() => {
    if (!checkOnce.current) return;
    check.execute({ slug, code: checkOnce.current });
    checkOnce.current = undefined;
  }, [check, slug]);

  const checked = check.result.data;
  const voucher = used ?? (checked?.found ? checked.voucher : null);
  const lookupError = checked && !checked.found ? t(`reasons.${checked.reason}`) : (check.result.serverError ?? (check.result.validationErrors ? t("reasons.format") : null));
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), timeZone, locale) : "");

  function run(text: string) {
    if (!text.trim() || check.isPending) return;
    markUsed.reset();
    check.execute({ slug, code: text });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    run(code);
  }

  return (
    <div className="space-y-5">
      <form onSubmit={submit} className="space-y-3" noValidate>
        <h2 className="sr-only">{t("heading")}</h2>
        <Field
          label={t("code")}
          description={t("codeHint")}
          name="voucherCode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="search"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          inputClassName="h-16 font-mono text-2xl tracking-wider uppercase"
        />
        <div className="grid grid-cols-2 gap-3">
          <Button type="submit" size="touch" pending={check.isPending} className="px-4 leading-tight whitespace-normal sm:px-5">
            <Search aria-hidden="true" />
            {t("check")}
          </Button>
          <QrScanButton
            label={t("scan")}
            onScan={(text) => {
              setCode(text);
              run(text);
            }}
          />
        </div>
      </form>

      {lookupError ? (
        <Alert variant="danger" className="text-base">
          {lookupError}
        </Alert>
      ) : null}

      {voucher && !check.isPending ? (
        <section aria-labelledby="counter-voucher" className="space-y-4 rounded-card border border-line bg-surface p-5" data-testid="voucher-details">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h3 id="counter-voucher" className="text-xl font-semibold text-ink">
                {voucher.rewardName ?? (voucher.valueMinor !== null ? t("cashback") : "—")}
              </h3>
              <p className="font-mono text-lg tracking-wider text-ink">{voucher.code}</p>
            </div>
            <Badge variant={STATUS_BADGE[voucher.status]} className="px-3 py-1 text-sm">
              {t(`statuses.${voucher.status}`)}
            </Badge>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
            <dt className="text-ink-muted">{t("member")}</dt>
            <dd className="text-ink">
              {voucher.member.name ? `${voucher.member.name} · ` : null}
              {t("whose", { number: voucher.member.number })}
            </dd>
            {voucher.valueMinor !== null ? (
              <>
                <dt className="text-ink-muted">{t("reward")}</dt>
                <dd className="text-ink tabular-nums">{formatMoney(voucher.valueMinor, currency, locale)}</dd>
              </>
            ) : null}
            <dt className="text-ink-muted">{t("validUntil")}</dt>
            <dd className="text-ink">{formatDate(new Date(voucher.expiresAt), timeZone, locale)}</dd>
            {voucher.usedAt ? (
              <>
                <dt className="text-ink-muted">{t("usedAt")}</dt>
                <dd className="text-ink">{when(voucher.usedAt)}</dd>
              </>
            ) : null}
          </dl>
          {used ? (
            <Alert variant="success" className="text-base">
              {t("used")}
            </Alert>
          ) : voucher.status === "ISSUED" ? (
            <Button type="button" size="touch" className="w-full leading-tight whitespace-normal" pending={markUsed.isPending} onClick={() => markUsed.execute({ slug, code: voucher.code })}>
              <CircleCheck aria-hidden="true" />
              {t("markUsed")}
            </Button>
          ) : (
            <Alert variant="danger" className="text-base">
              {voucher.status === "USED"
                ? t("refusals.USED", { date: when(voucher.usedAt) })
                : voucher.status === "EXPIRED"
                  ? t("refusals.EXPIRED", { date: formatDate(new Date(voucher.expiresAt), timeZone, locale) })
                  : t("refusals.CANCELLED")}
            </Alert>
          )}
          {voucher.status === "ISSUED" && (markUsed.result.serverError || markUsed.result.validationErrors) ? (
            <Alert variant="danger" className="text-base">
              {markUsed.result.serverError ?? tCounter("genericError")}
            </Alert>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
