"use client";

import { dateTimeFormat } from "@/lib/format/intl";
import { useState } from "react";
import Link from "next/link";
import { AlertDialog } from "radix-ui";
import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QrCode } from "@/components/ui/qr-code";
import { formatPoints } from "@/lib/format/money";
import { redeemRewardAction } from "./actions";

type RedeemButtonProps = { slug: string; rewardId: string; rewardName: string; pointsCost: number; balance: number; timeZone: string };

/**
 * Redeem with a confirmation step. Each opening of the dialog gets its own id, sent as the
 * idempotency key: a double click or a retried request spends the points once.
 */
export function RedeemButton({ slug, rewardId, rewardName, pointsCost, balance, timeZone }: RedeemButtonProps) {
  const t = useTranslations("portal");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [confirmationId, setConfirmationId] = useState("");
  const redeem = useAction(redeemRewardAction);
  const voucher = redeem.result.data;
  const error = redeem.result.serverError ?? (redeem.result.validationErrors ? tErrors("generic") : null);

  function onOpenChange(next: boolean) {
    if (next) {
      redeem.reset();
      setConfirmationId(crypto.randomUUID());
    }
    setOpen(next);
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger asChild>
        <Button size="sm">{t("redeem.button")}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-ink/50" />
        <AlertDialog.Content className="fixed inset-x-4 top-1/2 z-50 mx-auto max-h-[90dvh] max-w-sm -translate-y-1/2 overflow-y-auto rounded-card bg-surface p-6 shadow-lg">
          {voucher ? (
            <div className="space-y-4 text-center">
              <AlertDialog.Title className="text-lg font-semibold text-ink">{t("redeem.readyTitle")}</AlertDialog.Title>
              <AlertDialog.Description className="text-sm text-ink-muted">
                {t("redeem.readyText", {
                  reward: voucher.rewardName,
                  date: dateTimeFormat(locale, { timeZone, dateStyle: "medium" }).format(new Date(voucher.expiresAt)),
                })}
              </AlertDialog.Description>
              <QrCode value={voucher.rawCode} label={t("voucher.codeLabel", { code: voucher.code })} className="mx-auto max-w-48" />
              <p className="font-mono text-2xl font-bold tracking-wider text-ink" data-testid="voucher-code">{voucher.code}</p>
              <p className="text-sm text-ink-muted">{t("redeem.newBalance", { count: voucher.balance })}</p>
              <div className="flex flex-col gap-2">
                <Button asChild>
                  <Link href={`/portal/${slug}/vouchers/${voucher.redemptionId}`}>{t("redeem.openVoucher")}</Link>
                </Button>
                <AlertDialog.Cancel asChild>
                  <Button variant="secondary">{t("redeem.done")}</Button>
                </AlertDialog.Cancel>
              </div>
            </div>
          ) : (
            <div className="space-y-4">
              <AlertDialog.Title className="text-lg font-semibold text-ink">{t("redeem.confirmTitle", { reward: rewardName })}</AlertDialog.Title>
              <AlertDialog.Description className="text-sm text-ink-muted">
                {t("redeem.confirmText", { cost: formatPoints(pointsCost, locale), count: balance })}
              </AlertDialog.Description>
              {error ? <Alert variant="danger">{error}</Alert> : null}
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <AlertDialog.Cancel asChild>
                  <Button variant="secondary">{t("redeem.cancel")}</Button>
                </AlertDialog.Cancel>
                {/* Not AlertDialog.Action: that would close the dialog before the voucher shows. */}
                <Button pending={redeem.isPending} onClick={() => redeem.execute({ slug, rewardId, confirmationId })}>
                  {t("redeem.confirmButton", { count: pointsCost })}
                </Button>
              </div>
            </div>
          )}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
