"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Mail } from "lucide-react";

import { requestSignInLinkAction } from "@/app/(auth)/login/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { joinProgramAction } from "./actions";

type JoinPanelProps = {
  slug: string;
  businessName: string;
  referralCode?: string;
  /** Where a sign-in link or the sign-in page brings the visitor back to (joins on arrival). */
  returnPath: string;
  state: "guest" | "signed-in" | "member";
  /** Back from signing in with the intent to join: enroll without a second click. */
  autoJoin: boolean;
};

export function JoinPanel(props: JoinPanelProps) {
  const t = useTranslations("join");
  if (props.state === "member") {
    return (
      <div className="space-y-3">
        <Alert variant="success">{t("panel.alreadyMember", { business: props.businessName })}</Alert>
        <Button asChild size="lg" className="w-full">
          <Link href={`/portal/${props.slug}`}>{t("panel.openCard")}</Link>
        </Button>
      </div>
    );
  }
  return props.state === "signed-in" ? <JoinButton {...props} /> : <GuestJoin {...props} />;
}

function JoinButton({ slug, businessName, referralCode, autoJoin }: JoinPanelProps) {
  const t = useTranslations("join");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const started = useRef(false);
  const join = useAction(joinProgramAction, {
    onSuccess: ({ data }) => router.push(`/portal/${data.slug}?welcome=${data.created ? "new" : "back"}`),
  });
  const error = join.result.serverError ?? (join.result.validationErrors ? tErrors("generic") : null);

  useEffect(() => {
    // Once per visit: React may run effects twice in development.
    if (autoJoin && !started.current) {
      started.current = true;
      join.execute({ slug, referralCode });
    }
  }, [autoJoin, join, referralCode, slug]);

  const busy = join.isPending || join.hasSucceeded;
  return (
    <div className="space-y-3" aria-live="polite">
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {busy ? <p className="text-sm text-ink-muted">{t("panel.joining", { business: businessName })}</p> : null}
      <Button size="lg" className="w-full" pending={busy} onClick={() => join.execute({ slug, referralCode })}>
        {t("title", { business: businessName })}
      </Button>
    </div>
  );
}

function GuestJoin({ businessName, returnPath }: JoinPanelProps) {
  const t = useTranslations("join");
  const tErrors = useTranslations("errors");
  const [email, setEmail] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const link = useAction(requestSignInLinkAction);
  const callbackUrl = `${returnPath}${returnPath.includes("?") ? "&" : "?"}join=1`;
  const error = link.result.serverError ?? (link.result.validationErrors ? tErrors("field.email") : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim() === "") return setMissing(tErrors("field.emailRequired"));
    setMissing(null);
    link.execute({ email: email.trim(), callbackUrl });
  }

  if (link.hasSucceeded) {
    return (
      <Alert variant="success" title={t("panel.checkEmail")}>
        {t.rich("panel.linkSent", {
          email: email.trim(),
          business: businessName,
          strong: (chunks) => <strong className="break-all">{chunks}</strong>,
        })}
      </Alert>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {error ? <Alert variant="danger">{error}</Alert> : null}
      <Field
        label={t("panel.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={missing}
        description={t("panel.emailHint")}
      />
      <Button type="submit" size="lg" className="w-full" pending={link.isPending}>
        {link.isPending ? null : <Mail aria-hidden="true" />}
        {t("panel.joinWithEmail")}
      </Button>
      <p className="text-center text-sm text-ink-muted">
        {t.rich("panel.havePassword", {
          link: (chunks) => (
            <Link className="font-semibold text-brand-700 underline underline-offset-4" href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </form>
  );
}
