"use client";

import { useRef, useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Mail } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requestSignInLinkAction, signInWithPasswordAction } from "./actions";

type LoginFormProps = { callbackUrl?: string; notice?: string };
type FieldName = "email" | "password";
type FieldErrors = Partial<Record<FieldName, string[]>>;

/** Reads zod's formatted errors (`{ email: { _errors: [...] } }`) without trusting their shape. */
function fieldErrorsFrom(validationErrors: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof validationErrors !== "object" || validationErrors === null) return errors;
  for (const name of ["email", "password"] as const) {
    const entry = (validationErrors as Record<string, { _errors?: unknown } | undefined>)[name];
    const messages = Array.isArray(entry?._errors) ? entry._errors.filter((m) => typeof m === "string") : [];
    if (messages.length > 0) errors[name] = messages;
  }
  return errors;
}

export function LoginForm({ callbackUrl, notice }: LoginFormProps) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [linkSentTo, setLinkSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function showErrors(error: { serverError?: string; validationErrors?: unknown }) {
    const fields = fieldErrorsFrom(error.validationErrors);
    setFieldErrors(fields);
    const hasFieldErrors = Object.keys(fields).length > 0;
    setFormError(error.serverError ?? (hasFieldErrors ? null : tErrors("generic")));
    if (fields.email) emailRef.current?.focus();
    else if (fields.password) passwordRef.current?.focus();
  }

  function clearMessages() {
    setFieldErrors({});
    setFormError(null);
    setLinkSentTo(null);
  }

  // On success this action redirects, so only failures come back here.
  const passwordSignIn = useAction(signInWithPasswordAction, {
    onExecute: clearMessages,
    onError: ({ error }) => showErrors(error),
  });

  const signInLink = useAction(requestSignInLinkAction, {
    onExecute: clearMessages,
    onSuccess: ({ input }) => setLinkSentTo(input.email.trim()),
    onError: ({ error }) => showErrors(error),
  });

  const signingIn = passwordSignIn.isPending || passwordSignIn.hasNavigated;
  const sendingLink = signInLink.isPending;
  const busy = signingIn || sendingLink;

  function requireFields(names: FieldName[]): boolean {
    const missing: FieldErrors = {};
    if (names.includes("email") && email.trim() === "") missing.email = [tErrors("field.emailRequired")];
    if (names.includes("password") && password === "") missing.password = [tErrors("field.password")];
    if (Object.keys(missing).length === 0) return true;
    setFormError(null);
    setLinkSentTo(null);
    setFieldErrors(missing);
    if (missing.email) emailRef.current?.focus();
    else passwordRef.current?.focus();
    return false;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !requireFields(["email", "password"])) return;
    passwordSignIn.execute({ email: email.trim(), password, callbackUrl });
  }

  function handleSendLink() {
    if (busy || !requireFields(["email"])) return;
    signInLink.execute({ email: email.trim(), callbackUrl });
  }

  function clearFieldError(name: FieldName) {
    if (fieldErrors[name]) setFieldErrors(({ [name]: _removed, ...rest }) => rest);
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-busy={busy} className="space-y-5">
      {notice && !linkSentTo ? <Alert variant="info">{notice}</Alert> : null}
      {linkSentTo ? (
        <Alert variant="success">
          {t.rich("form.linkSent", { email: linkSentTo, strong: (chunks) => <strong className="break-all">{chunks}</strong> })}
        </Alert>
      ) : null}
      {formError ? <Alert variant="danger">{formError}</Alert> : null}

      <Field
        ref={emailRef}
        label={t("form.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          clearFieldError("email");
        }}
        error={fieldErrors.email}
      />
      <Field
        ref={passwordRef}
        label={t("form.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          clearFieldError("password");
        }}
        error={fieldErrors.password}
      />

      <Button type="submit" size="lg" className="w-full" pending={signingIn} disabled={busy}>
        {t("form.signIn")}
      </Button>

      <div className="flex items-center gap-3 text-sm text-ink-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-line" />
        {t("form.or")}
        <span className="h-px flex-1 bg-line" />
      </div>

      <div className="space-y-2">
        <Button
          type="button"
          variant="secondary"
          size="lg"
          className="w-full"
          pending={sendingLink}
          disabled={busy}
          onClick={handleSendLink}
          aria-describedby="sign-in-link-hint"
        >
          {sendingLink ? null : <Mail aria-hidden="true" />}
          {t("form.sendLink")}
        </Button>
        <p id="sign-in-link-hint" className="text-center text-sm text-ink-muted">
          {t("form.sendLinkHint")}
        </p>
      </div>
    </form>
  );
}
