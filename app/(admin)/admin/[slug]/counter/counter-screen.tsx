"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { RotateCcw } from "lucide-react";

import { Button } from "@/components/ui/button";
import type { CounterMember } from "@/lib/admin/counter-lookup";
import { cn } from "@/lib/utils/cn";
import { loadCounterMemberAction } from "./actions";
import { LookupForm } from "./lookup-form";
import { MemberSummary } from "./member-summary";
import { PurchaseForm } from "./purchase-form";
import { RefundForm } from "./refund-form";
import { VoucherPanel } from "./voucher-panel";

// i18n-keys: adminCounter.tabs.purchase adminCounter.tabs.refund adminCounter.tabs.voucher
type Tab = "purchase" | "refund" | "voucher";
type CounterScreenProps = { slug: string; currency: string; timeZone: string };

/**
 * The till's screen. Keyboard flow: focus starts in the look-up field, Enter finds the member
 * and moves to the amount, Enter records, Esc clears everything back to the look-up for the
 * next customer. Each customer gets fresh forms (and fresh submission ids).
 */
export function CounterScreen({ slug, currency, timeZone }: CounterScreenProps) {
  const t = useTranslations("adminCounter");
  const [member, setMember] = useState<CounterMember | null>(null);
  const [tab, setTab] = useState<Tab>("purchase");
  const [customer, setCustomer] = useState(0);
  const [voucherCode, setVoucherCode] = useState<string | undefined>(undefined);
  const lookupRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);

  const reset = useCallback(() => {
    setMember(null);
    setTab("purchase");
    setVoucherCode(undefined);
    setCustomer((count) => count + 1);
  }, []);

  // Focus follows the customer: the look-up for a new one, the amount once they are found.
  useEffect(() => {
    lookupRef.current?.focus();
  }, [customer]);
  const memberId = member?.id;
  useEffect(() => {
    if (memberId) amountRef.current?.focus();
  }, [memberId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Dialogs (the camera) close themselves on Esc and mark the event handled.
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      reset();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [reset]);

  const refresh = useCallback(
    async (id: string) => {
      try {
        const result = await loadCounterMemberAction({ slug, memberId: id });
        if (result?.data) setMember((current) => (current?.id === id ? result.data! : current));
      } catch {
        // The figures already shown stay; the next look-up brings fresh ones.
      }
    },
    [slug],
  );

  const onPoints = (id: string, balance: number | null) => {
    if (balance !== null) setMember((current) => (current?.id === id ? { ...current, balance } : current));
    void refresh(id);
  };

  return (
    <div className="space-y-5">
      <LookupForm
        key={`lookup-${customer}`}
        slug={slug}
        inputRef={lookupRef}
        onFound={(found) => {
          setMember(found);
          setTab("purchase");
        }}
      />

      <div className={cn("grid grid-cols-1 items-start gap-5", member && "lg:grid-cols-2")}>
        {member ? (
          <div className="space-y-3">
            <MemberSummary
              member={member}
              timeZone={timeZone}
              onCheckVoucher={(code) => {
                setVoucherCode(code);
                setTab("voucher");
              }}
            />
            <Button type="button" variant="secondary" size="lg" className="w-full" onClick={reset}>
              <RotateCcw aria-hidden="true" />
              {t("lookup.clear")}
              <kbd className="ml-1 rounded border border-line-strong px-1.5 font-mono text-xs text-ink-muted">Esc</kbd>
            </Button>
          </div>
        ) : null}

        <Tabs.Root value={tab} onValueChange={(value) => setTab(value as Tab)} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
          <Tabs.List aria-label={t("tabs.label")} className="grid grid-cols-3 gap-2 rounded-control bg-stone-100 p-1.5">
            {(["purchase", "refund", "voucher"] as const).map((value) => (
              <Tabs.Trigger
                key={value}
                value={value}
                className="min-h-14 rounded-control px-1.5 text-sm font-semibold sm:px-3 sm:text-base text-ink-muted transition-colors hover:text-ink data-[state=active]:bg-surface data-[state=active]:text-ink data-[state=active]:shadow-sm"
              >
                {t(`tabs.${value}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="purchase" className="pt-5">
            {member ? (
              <PurchaseForm
                key={`purchase-${customer}-${member.id}`}
                slug={slug}
                member={member}
                currency={currency}
                amountRef={amountRef}
                onRecorded={(result) => onPoints(member.id, result.balance)}
              />
            ) : (
              <NeedMember text={t("needMember")} />
            )}
          </Tabs.Content>
          <Tabs.Content value="refund" className="pt-5">
            {member ? (
              <RefundForm
                key={`refund-${customer}-${member.id}`}
                slug={slug}
                member={member}
                currency={currency}
                timeZone={timeZone}
                onRefunded={(result) => onPoints(member.id, result.balance)}
              />
            ) : (
              <NeedMember text={t("needMember")} />
            )}
          </Tabs.Content>
          <Tabs.Content value="voucher" className="pt-5">
            <VoucherPanel
              key={`voucher-${customer}-${voucherCode ?? ""}`}
              slug={slug}
              currency={currency}
              timeZone={timeZone}
              initialCode={voucherCode}
              onUsed={(voucher) => {
                if (voucher.member.id === member?.id) void refresh(voucher.member.id);
              }}
            />
          </Tabs.Content>
        </Tabs.Root>
      </div>
    </div>
  );
}

function NeedMember({ text }: { text: string }) {
  return <p className="rounded-control border border-dashed border-line-strong p-6 text-center text-lg text-ink-muted">{text}</p>;
}
