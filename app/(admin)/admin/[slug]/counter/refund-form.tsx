"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { Undo2 } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { CounterMember } from "@/lib/admin/counter-lookup";
import type { CounterRefundResult } from "@/lib/admin/counter-sales";
import { formatDateTime } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { cn } from "@/lib/utils/cn";
import { refundCounterPurchaseAction } from "./actions";
import { newSubmissionId } from "./submission-id";

type RefundFormProps = {
  slug: string;
  member: CounterMember;
  currency: string;
  timeZone: string;
  onRefunded: (result: CounterRefundResult) => void;
};

/** A refund of one of the member's recent purchases (or any of theirs, by receipt id). */
export function RefundForm({ slug, member, currency, timeZone, onRefunded }: RefundFormProps) {
  const t = useTranslations("adminCounter");
  const locale = useLocale();
  const [purchaseId, setPurchaseId] = useState<string | null>(null);
  const [receiptId, setReceiptId] = useState("");
  const [amount, setAmount] = useState("");
  const [submissionId, setSubmissionId] = useState(newSubmissionId);
  const refund = useAction(refundCounterPurchaseAction, {
    onSuccess: ({ data }) => {
      setPurchaseId(null);
      setReceiptId("");
      setAmount("");
      setSubmissionId(newSubmissionId());
      onRefunded(data);
    },
  });
  const fieldErrors = refund.result.validationErrors as { receiptId?: { _errors?: string[] } } | undefined;
  const error = refund.result.serverError ?? fieldErrors?.receiptId?._errors?.[0] ?? (fieldErrors ? t("genericError") : null);
  const money = (minor: number) => formatMoney(minor, currency, locale);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (refund.isPending) return;
    refund.execute({
      slug,
      memberId: member.id,
      purchaseId: purchaseId ?? undefined,
      receiptId: purchaseId ? undefined : receiptId.trim() || undefined,
      amount: amount.trim() || undefined,
      submissionId,
    });
  }

  return (
    <div className="space-y-5">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <h2 className="sr-only">{t("refund.heading")}</h2>
        <fieldset>
          <legend className="text-sm leading-6 font-semibold text-ink">{t("refund.pick")}</legend>
          {member.recentPurchases.length === 0 ? (
            <p className="mt-1 text-ink-muted">{t("refund.noPurchases")}</p>
          ) : (
            <div className="mt-2 space-y-2">
              {member.recentPurchases.map((purchase) => {
                const left = purchase.amountMinor - purchase.refundedMinor;
                const checked = purchaseId === purchase.id;
                return (
                  <label
                    key={purchase.id}
                    className={cn(
                      "flex min-h-16 cursor-pointer items-center gap-4 rounded-control border px-4 py-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                      checked ? "border-brand-700 bg-brand-50" : "border-line-strong bg-surface",
                      left === 0 && "cursor-not-allowed bg-stone-50",
                    )}
                  >
                    <input
                      type="radio"
                      name="purchase"
                      value={purchase.id}
                      checked={checked}
                      disabled={left === 0}
                      onChange={() => {
                        setPurchaseId(purchase.id);
                        setReceiptId("");
                      }}
                      className="size-5 accent-brand-700"
                    />
                    <span className="min-w-0 flex-1">
                      <span className="block font-semibold text-ink tabular-nums">
                        {t("refund.purchaseLine", { amount: money(purchase.amountMinor), date: formatDateTime(new Date(purchase.occurredAt), timeZone, locale) })}
                      </span>
                      <span className="block truncate text-sm text-ink-muted">
                        {t("refund.purchaseReceipt", { receipt: purchase.receiptId })}
                        {purchase.refundedMinor > 0 ? (
                          <span className="ml-2 font-semibold text-ink">
                            {left === 0 ? t("refund.purchaseFullyRefunded") : t("refund.purchaseRefunded", { amount: money(purchase.refundedMinor) })}
                          </span>
                        ) : null}
                      </span>
                    </span>
                    <span className="text-sm whitespace-nowrap text-ink-muted tabular-nums">{t("member.points", { count: purchase.pointsEarned })}</span>
                  </label>
                );
              })}
            </div>
          )}
        </fieldset>
        <Field
          label={t("refund.receipt")}
          name="receiptId"
          autoComplete="off"
          maxLength={100}
          value={receiptId}
          onChange={(event) => {
            setReceiptId(event.target.value);
            if (event.target.value) setPurchaseId(null);
          }}
          inputClassName="h-14 text-lg"
        />
        <Field
          label={t("refund.amount", { currency })}
          description={t("refund.amountHint")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          inputClassName="h-14 text-xl tabular-nums"
        />
        {error ? (
          <Alert variant="danger" className="text-base">
            {error}
          </Alert>
        ) : null}
        <Button type="submit" size="touch" variant="danger" pending={refund.isPending} className="w-full leading-tight whitespace-normal">
          <Undo2 aria-hidden="true" />
          {t("refund.submit")}
        </Button>
      </form>
      {refund.result.data && !refund.isPending ? (
        <Alert variant="success" title={t("refund.done")} className="text-base" data-testid="refund-result">
          <p className="text-2xl font-bold tabular-nums" data-testid="points-reversed">
            {t("refund.reversed", { count: refund.result.data.pointsReversed })}
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t("refund.refunded")}</dt>
            <dd className="tabular-nums">{money(refund.result.data.refundedMinor)}</dd>
            {refund.result.data.balance !== null ? (
              <>
                <dt>{t("refund.newBalance")}</dt>
                <dd className="font-semibold tabular-nums">{formatPoints(refund.result.data.balance, locale)}</dd>
              </>
            ) : null}
          </dl>
          {refund.result.data.replayed ? <p className="mt-2 font-semibold">{t("refund.replayed")}</p> : null}
        </Alert>
      ) : null}
    </div>
  );
}
