"use client";

import { useState, type FormEvent } from "react";
import { Check, Copy } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldError } from "@/components/ui/field";
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "@/lib/admin/api-keys-schemas";
import type { ApiScope } from "@/lib/api/api-scopes";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

// i18n-keys: adminApiKeys.scopeHints.members:read adminApiKeys.scopeHints.members:write
// i18n-keys: adminApiKeys.scopeHints.purchases:write adminApiKeys.scopeHints.redemptions:write
type FieldErrors = Partial<Record<string, { _errors?: string[] }>>;

export function CreateApiKeyForm({ slug, scopes }: { slug: string; scopes: ApiScope[] }) {
  const t = useTranslations("adminApiKeys");
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<ApiScope[]>(scopes);
  const [rateLimit, setRateLimit] = useState(String(DEFAULT_RATE_LIMIT_PER_MINUTE));
  const create = useAction(createApiKeyAction, { onSuccess: () => setName("") });
  const errors = create.result.validationErrors as FieldErrors | undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const limit = /^\s*\d+\s*$/.test(rateLimit) ? Number(rateLimit) : Number.NaN;
    create.execute({ slug, name, scopes: chosen, rateLimitPerMinute: limit });
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} required maxLength={60} placeholder={t("namePlaceholder")} value={name} onChange={(event) => setName(event.target.value)} error={errors?.name?._errors} />
        <Field
          label={t("rateLimit")}
          description={t("rateLimitHint")}
          type="number"
          min={1}
          max={10000}
          inputMode="numeric"
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
          error={errors?.rateLimitPerMinute?._errors}
        />
      </div>
      <fieldset aria-describedby={errors?.scopes?._errors ? "scopes-error" : undefined}>
        <legend className="text-sm font-semibold text-ink">{t("scopes")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {scopes.map((scope) => (
            <label key={scope} className="flex min-h-11 items-start gap-3 rounded-control border border-line-strong p-3 text-sm">
              <input
                type="checkbox"
                className="mt-1 size-4"
                checked={chosen.includes(scope)}
                onChange={(event) => setChosen((current) => (event.target.checked ? [...current, scope] : current.filter((item) => item !== scope)))}
              />
              <span>
                <code className="block font-semibold text-ink">{scope}</code>
                <span className="block text-ink-muted">{t(`scopeHints.${scope}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors?.scopes?._errors ? <FieldError id="scopes-error" className="mt-2">{errors.scopes._errors.join(" ")}</FieldError> : null}
      </fieldset>
      {create.result.serverError ? <Alert variant="danger">{create.result.serverError}</Alert> : null}
      {create.result.data ? <NewKey apiKey={create.result.data.key} /> : null}
      <Button type="submit" pending={create.isPending}>
        {t("create")}
      </Button>
    </form>
  );
}

/** The key, this once, with a copy button; it is gone after a reload. */
function NewKey({ apiKey }: { apiKey: string }) {
  const t = useTranslations("adminApiKeys");
  const [copied, setCopied] = useState(false);
  return (
    <Alert variant="success" title={t("createdTitle")}>
      <p>{t("createdText")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code data-testid="new-api-key" className="rounded-control border border-green-200 bg-white px-3 py-2 font-mono text-sm break-all text-ink select-all">
          {apiKey}
        </code>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(apiKey);
              setCopied(true);
            } catch {
              toast.error(t("copyFailed"));
            }
          }}
        >
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </Alert>
  );
}

export function RevokeApiKeyButton({ slug, apiKeyId, name }: { slug: string; apiKeyId: string; name: string }) {
  const t = useTranslations("adminApiKeys");
  const revoke = useAction(revokeApiKeyAction, {
    onSuccess: () => toast.success(t("revoked")),
    onError: ({ error }) => toast.error(error.serverError ?? t("genericError")),
  });
  return (
    <Button
      variant="danger"
      size="sm"
      aria-label={t("revokeLabel", { name })}
      pending={revoke.isPending}
      onClick={() => {
        if (window.confirm(t("revokeConfirm", { name }))) revoke.execute({ slug, apiKeyId });
      }}
    >
      {t("revoke")}
    </Button>
  );
}
