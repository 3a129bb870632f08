"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { REWARD_KINDS } from "@/lib/admin/rewards-schemas";
import { cn } from "@/lib/utils/cn";
import { createRewardAction, updateRewardAction } from "./actions";
import { EMPTY_VALUES, toPayload, valuesFrom, type RewardFormValues, type RewardInitial } from "./reward-form-values";
import { RewardImageField } from "./reward-image-field";

type Props = {
  slug: string;
  currency: string;
  /** Minor-unit digits of the currency (2 for PHP, 0 for JPY) */
  digits: number;
  timeZone: string;
  tiers: { id: string; name: string }[];
  /** Editing: the reward as stored; creating: omitted */
  reward?: RewardInitial & { id: string; imageUrl: string | null };
};

// i18n-keys: adminRewards.kindHints.DISCOUNT adminRewards.kindHints.FREE_ITEM adminRewards.kindHints.UPGRADE
// i18n-keys: adminRewards.kindHints.DONATION adminRewards.kindHints.PARTNER adminRewards.kindHints.EVENT
type FieldErrors = Partial<Record<string, { _errors?: string[] }>> & { _errors?: string[] };

export function RewardForm({ slug, currency, digits, timeZone, tiers, reward }: Props) {
  const t = useTranslations("adminRewards");
  const router = useRouter();
  const [values, setValues] = useState<RewardFormValues>(reward ? valuesFrom(reward, digits) : EMPTY_VALUES);
  const [file, setFile] = useState<File | null>(null);
  const [removeImage, setRemoveImage] = useState(false);
  const done = () => {
    toast.success(reward ? t("form.saved") : t("form.created"));
    router.push(`/admin/${slug}/rewards`);
  };
  const create = useAction(createRewardAction, { onSuccess: done });
  const update = useAction(updateRewardAction, { onSuccess: done });
  const action = reward ? update : create;
  const errors = action.result.validationErrors as FieldErrors | undefined;
  const fieldError = (name: string) => errors?.[name]?._errors;
  const set = <K extends keyof RewardFormValues>(key: K) => (value: RewardFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const text = (key: keyof RewardFormValues) => ({ value: values[key], onChange: (event: { target: { value: string } }) => set(key)(event.target.value as never) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const image = file ? new Uint8Array(await file.arrayBuffer()) : undefined;
    const payload = { slug, ...toPayload(values, digits), image, removeImage };
    if (reward) update.execute({ ...payload, rewardId: reward.id });
    else create.execute(payload);
  }

  const kind = values.kind;
  const generalError = action.result.serverError ?? (errors?._errors?.[0] ?? null);

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("form.kind")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {REWARD_KINDS.map((option) => (
            <label
              key={option}
              className={cn(
                "flex cursor-pointer gap-3 rounded-control border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                kind === option ? "border-brand-700 bg-brand-50" : "border-line-strong bg-surface hover:border-brand-700",
              )}
            >
              <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => set("kind")(option)} className="mt-1 size-4" />
              <span>
                <span className="block font-semibold text-ink">{t(`kinds.${option}`)}</span>
                <span className="block text-ink-muted">{t(`kindHints.${option}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.name")} required placeholder={t("form.namePlaceholder")} maxLength={80} {...text("name")} error={fieldError("name")} className="sm:col-span-2" />
        <Field label={t("form.description")} description={kind === "EVENT" ? t("form.descriptionHintEvent") : t("form.descriptionHint")} error={fieldError("description")} className="sm:col-span-2">
          {(control) => <textarea {...control} rows={3} maxLength={1000} className={cn(inputClassName, "h-auto py-2.5")} {...text("description")} />}
        </Field>

        {kind === "DISCOUNT" ? (
          <fieldset className="space-y-3 sm:col-span-2">
            <legend className="text-sm font-semibold text-ink">{t("form.discountType")}</legend>
            <div className="flex flex-wrap gap-4">
              {(["amount", "percent"] as const).map((mode) => (
                <label key={mode} className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="radio" name="discountMode" className="size-4" checked={values.discountMode === mode} onChange={() => set("discountMode")(mode)} />
                  {mode === "amount" ? t("form.discountAmount") : t("form.discountPercent")}
                </label>
              ))}
            </div>
            <Field
              label={values.discountMode === "amount" ? t("form.amountOff", { currency }) : t("form.percentOff")}
              inputMode="decimal"
              {...text("discountValue")}
              error={fieldError("discountMinor") ?? fieldError("discountBp")}
              className="max-w-xs"
            />
          </fieldset>
        ) : null}

        {kind === "PARTNER" || kind === "DONATION" ? (
          <Field
            label={kind === "PARTNER" ? t("form.partnerName") : t("form.donationTo")}
            description={kind === "PARTNER" ? t("form.partnerHint") : t("form.donationHint")}
            maxLength={120}
            {...text("partnerName")}
            error={fieldError("partnerName")}
            className="sm:col-span-2"
          />
        ) : null}

        <Field label={t("form.pointsCost")} type="number" min={1} step={1} inputMode="numeric" required {...text("pointsCost")} error={fieldError("pointsCost")} />
        <Field label={t("form.costMinor", { currency })} description={t("form.costHint")} inputMode="decimal" {...text("cost")} error={fieldError("costMinor")} />

        <Field label={t("form.minTier")} error={fieldError("minTierId")}>
          {(control) => (
            <select {...control} className={inputClassName} {...text("minTierId")}>
              <option value="">{t("form.allMembers")}</option>
              {tiers.map((tier) => (
                <option key={tier.id} value={tier.id}>{t("form.tierAndUp", { tier: tier.name })}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("form.voucherDays")} type="number" min={1} max={365} step={1} inputMode="numeric" required {...text("voucherDays")} error={fieldError("voucherDays")} />
        <Field label={t("form.stock")} description={t("form.stockHint")} type="number" min={0} step={1} inputMode="numeric" {...text("stock")} error={fieldError("stock")} />
        <Field label={t("form.perMemberLimit")} description={t("form.perMemberLimitHint")} type="number" min={1} step={1} inputMode="numeric" {...text("perMemberLimit")} error={fieldError("perMemberLimit")} />
        <Field label={t("form.activeFrom")} description={t("form.windowHint", { timeZone })} type="datetime-local" {...text("activeFrom")} error={fieldError("activeFrom")} />
        <Field label={t("form.activeUntil")} description={t("form.windowHint", { timeZone })} type="datetime-local" {...text("activeUntil")} error={fieldError("activeUntil")} />
      </div>

      <RewardImageField currentUrl={reward?.imageUrl ?? null} file={file} onFile={setFile} remove={removeImage} onRemove={setRemoveImage} />

      {generalError ? <Alert variant="danger">{generalError}</Alert> : null}
      <Button type="submit" size="lg" pending={action.isPending}>
        {reward ? t("form.save") : t("form.create")}
      </Button>
    </form>
  );
}
