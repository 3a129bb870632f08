"use client";

import { useState, type FormEvent, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { Search } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CounterMember } from "@/lib/admin/counter-lookup";
import { findCounterMemberAction } from "./actions";
import { QrScanButton } from "./qr-scan-button";

type LookupFormProps = {
  slug: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onFound: (member: CounterMember) => void;
};

// i18n-keys: adminCounter.lookup.reasons.card_forged adminCounter.lookup.reasons.card_expired
// i18n-keys: adminCounter.lookup.reasons.card_replayed adminCounter.lookup.reasons.card_other_business
// i18n-keys: adminCounter.lookup.reasons.not_found adminCounter.lookup.reasons.phone_ambiguous
/** One field for everything a cashier may have: a scanned card code, a number, an email, a phone. */
export function LookupForm({ slug, inputRef, onFound }: LookupFormProps) {
  const t = useTranslations("adminCounter");
  const [query, setQuery] = useState("");
  const find = useAction(findCounterMemberAction, {
    onSuccess: ({ data }) => {
      if (!data.found) return;
      // A card code works once; a number is no use once the member is on screen.
      setQuery("");
      onFound(data.member);
    },
  });
  const data = find.result.data;
  const error = data && !data.found ? t(`lookup.reasons.${data.reason}`) : (find.result.serverError ?? (find.result.validationErrors ? t("lookup.reasons.unrecognised") : null));

  function lookUp(text: string) {
    if (!text.trim() || find.isPending) return;
    find.execute({ slug, query: text });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    lookUp(query);
  }

  return (
    <section aria-labelledby="counter-lookup" className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <h2 id="counter-lookup" className="sr-only">
        {t("lookup.heading")}
      </h2>
      <form onSubmit={submit} className="space-y-3">
        <Label htmlFor="counter-query" className="text-base">
          {t("lookup.label")}
        </Label>
        <div className="grid gap-3 sm:flex">
          <Input
            ref={inputRef}
            id="counter-query"
            name="query"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("lookup.placeholder")}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "counter-query-error" : "counter-keyboard-hint"}
            className="h-16 text-xl sm:flex-1"
          />
          <div className="grid grid-cols-2 gap-3 sm:flex">
            <Button type="submit" size="touch" pending={find.isPending} className="px-4 leading-tight whitespace-normal sm:px-5">
              <Search aria-hidden="true" />
              {t("lookup.submit")}
            </Button>
            <QrScanButton
              label={t("lookup.scan")}
              onScan={(text) => {
                setQuery(text);
                lookUp(text);
              }}
            />
          </div>
        </div>
        <p id="counter-keyboard-hint" className="text-sm text-ink-muted">
          {t("keyboardHint")}
        </p>
        {error ? (
          <Alert id="counter-query-error" variant="danger" className="text-base">
            {error}
          </Alert>
        ) : null}
      </form>
    </section>
  );
}
