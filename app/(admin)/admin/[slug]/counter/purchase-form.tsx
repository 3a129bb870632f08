"use client";

import { useState, type FormEvent, type RefObject } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { Receipt } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { CounterMember } from "@/lib/admin/counter-lookup";
import type { CounterPurchaseResult } from "@/lib/admin/counter-sales";
import { formatMoney, formatPoints } from "@/lib/format/money";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { recordCounterPurchaseAction } from "./actions";
import { newSubmissionId } from "./submission-id";

type PurchaseFormProps = {
  slug: string;
  member: CounterMember;
  currency: string;
  amountRef: RefObject<HTMLInputElement | null>;
  onRecorded: (result: CounterPurchaseResult) => void;
};

export function PurchaseForm({ slug, member, currency, amountRef, onRecorded }: PurchaseFormProps) {
  const t = useTranslations("adminCounter");
  const [amount, setAmount] = useState("");
  const [receiptId, setReceiptId] = useState("");
  // One id per sale: a double tap or a retried request sends the same one and records once.
  const [submissionId, setSubmissionId] = useState(newSubmissionId);
  const record = useAction(recordCounterPurchaseAction, {
    onSuccess: ({ data }) => {
      setAmount("");
      setReceiptId("");
      setSubmissionId(newSubmissionId());
      onRecorded(data);
    },
  });
  const error = record.result.serverError ?? (record.result.validationErrors ? t("genericError") : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (record.isPending) return;
    record.execute({ slug, memberId: member.id, amount, receiptId: receiptId.trim() || undefined, submissionId });
  }

  return (
    <div className="space-y-5">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <h2 className="sr-only">{t("purchase.heading")}</h2>
        <Field
          ref={amountRef}
          label={t("purchase.amount", { currency })}
          description={t("purchase.amountHint")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          enterKeyHint="done"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          inputClassName="h-16 text-2xl tabular-nums"
        />
        <Field
          label={t("purchase.receipt")}
          description={t("purchase.receiptHint")}
          name="receiptId"
          autoComplete="off"
          maxLength={100}
          value={receiptId}
          onChange={(event) => setReceiptId(event.target.value)}
          inputClassName="h-14 text-lg"
        />
        {error ? (
          <Alert variant="danger" className="text-base">
            {error}
          </Alert>
        ) : null}
        <Button type="submit" size="touch" pending={record.isPending} className="w-full leading-tight whitespace-normal" disabled={member.status !== "ACTIVE"}>
          <Receipt aria-hidden="true" />
          {t("purchase.submit")}
        </Button>
      </form>
      {record.result.data && !record.isPending ? <PurchaseReceipt result={record.result.data} currency={currency} /> : null}
    </div>
  );
}

function PurchaseReceipt({ result, currency }: { result: CounterPurchaseResult; currency: string }) {
  const t = useTranslations("adminCounter.purchase");
  const locale = useLocale();
  return (
    <Alert variant="success" title={t("done")} className="text-base" data-testid="purchase-result">
      <p className="text-3xl font-bold tabular-nums" data-testid="points-earned">
        {t("earned", { count: result.pointsEarned })}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>{t("newBalance")}</dt>
        <dd className="font-semibold tabular-nums" data-testid="purchase-new-balance">
          {formatPoints(result.balance, locale)}
        </dd>
        <dt>{t("amountRecorded")}</dt>
        <dd className="tabular-nums">{formatMoney(result.amountMinor, currency, locale)}</dd>
        <dt>{t("receiptRecorded")}</dt>
        <dd className="font-mono break-all" data-testid="purchase-receipt">
          {result.receiptId}
        </dd>
      </dl>
      <ul className="mt-2 space-y-0.5">
        <li>{t("discountApplied", { percent: formatPoints(result.visitDiscountPercent, locale) })}</li>
        <li>{t("nextDiscount", { percent: formatPoints(result.nextVisitDiscountPercent, locale) })}</li>
        {result.stampsAdded > 0 ? <li>{t("stamps", { count: result.stampsAdded })}</li> : null}
        {result.vouchersIssued.map((voucher) => (
          <li key={voucher.code} className="font-semibold">
            {t("voucherIssued", { reward: voucher.rewardName ?? "—", code: formatVoucherCode(voucher.code) })}
          </li>
        ))}
      </ul>
      {result.replayed ? <p className="mt-2 font-semibold">{t("replayed")}</p> : null}
    </Alert>
  );
}
