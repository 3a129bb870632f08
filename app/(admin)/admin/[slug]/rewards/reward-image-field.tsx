"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";

import { FieldError } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_REWARD_IMAGE_BYTES } from "@/lib/admin/rewards-image";
import { cn } from "@/lib/utils/cn";

const ACCEPTED = ["image/png", "image/jpeg", "image/webp"];

type Props = {
  currentUrl: string | null;
  file: File | null;
  onFile: (file: File | null) => void;
  remove: boolean;
  onRemove: (remove: boolean) => void;
  serverError?: string | null;
};

/** Picks a picture and previews it; the server still checks the bytes themselves. */
export function RewardImageField({ currentUrl, file, onFile, remove, onRemove, serverError }: Props) {
  const t = useTranslations("adminRewards.form");
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  function pick(picked: File | null) {
    if (preview) URL.revokeObjectURL(preview);
    setPreview(picked ? URL.createObjectURL(picked) : null);
    onFile(picked);
  }

  const shown = preview ?? (remove ? null : currentUrl);
  const message = error ?? serverError ?? null;

  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{t("image")}</Label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">{t("imageHint")}</p>
      <div className="flex flex-wrap items-center gap-4">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local object URL or our own media route
          <img src={shown} alt={preview ? t("newImage") : t("currentImage")} className="size-24 rounded-control border border-line object-cover" />
        ) : null}
        <input
          id={id}
          type="file"
          accept={ACCEPTED.join(",")}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
          aria-invalid={message ? true : undefined}
          className={cn(inputClassName, "h-auto max-w-sm py-2")}
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setError(null);
            if (picked && picked.size > MAX_REWARD_IMAGE_BYTES) {
              setError(t("imageTooBig"));
              event.target.value = "";
              return pick(null);
            }
            if (picked && !ACCEPTED.includes(picked.type)) {
              setError(t("imageWrongType"));
              event.target.value = "";
              return pick(null);
            }
            pick(picked);
          }}
        />
      </div>
      {currentUrl && !file ? (
        <label className="flex min-h-11 items-center gap-2 text-sm text-ink">
          <input type="checkbox" className="size-4" checked={remove} onChange={(event) => onRemove(event.target.checked)} />
          {t("removeImage")}
        </label>
      ) : null}
      {message ? <FieldError id={`${id}-error`}>{message}</FieldError> : null}
    </div>
  );
}
