"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { STAFF_ROLES } from "@/lib/admin/staff-schemas";
import { cn } from "@/lib/utils/cn";
import { changeStaffRoleAction, inviteStaffAction, removeStaffAction } from "./actions";

// i18n-keys: adminStaff.roles.OWNER adminStaff.roles.STAFF adminStaff.roleHints.OWNER adminStaff.roleHints.STAFF
type Role = (typeof STAFF_ROLES)[number];
type FieldErrors = Partial<Record<string, { _errors?: string[] }>>;

export function InviteStaffForm({ slug }: { slug: string }) {
  const t = useTranslations("adminStaff");
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("STAFF");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useAction(inviteStaffAction, {
    onSuccess: ({ input }) => {
      setSentTo(input.email);
      setEmail("");
      setName("");
    },
  });
  const errors = invite.result.validationErrors as FieldErrors | undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    invite.execute({ slug, email, name, role });
  }

  return (
    <form onSubmit={submit} className="mt-4 space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("email")} type="email" autoComplete="off" required value={email} onChange={(event) => setEmail(event.target.value)} error={errors?.email?._errors} />
        <Field label={t("name")} autoComplete="off" maxLength={80} value={name} onChange={(event) => setName(event.target.value)} error={errors?.name?._errors} />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("role")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {STAFF_ROLES.map((option) => (
            <label
              key={option}
              className={cn(
                "flex cursor-pointer gap-3 rounded-control border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                role === option ? "border-brand-700 bg-brand-50" : "border-line-strong bg-surface hover:border-brand-700",
              )}
            >
              <input type="radio" name="invite-role" value={option} checked={role === option} onChange={() => setRole(option)} className="mt-1 size-4" />
              <span>
                <span className="block font-semibold text-ink">{t(`roles.${option}`)}</span>
                <span className="block text-ink-muted">{t(`roleHints.${option}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {invite.result.serverError ? <Alert variant="danger">{invite.result.serverError}</Alert> : null}
      {sentTo && invite.result.data ? (
        invite.result.data.emailSent ? (
          <Alert variant="success">{t("invited", { email: sentTo })}</Alert>
        ) : (
          <Alert variant="warning">{t("invitedNoEmail", { email: sentTo })}</Alert>
        )
      ) : null}
      <Button type="submit" pending={invite.isPending}>
        {t("invite")}
      </Button>
    </form>
  );
}

type RowProps = { slug: string; staffRoleId: string; role: Role; person: string; isSelf: boolean };

export function StaffRowControls({ slug, staffRoleId, role, person, isSelf }: RowProps) {
  const t = useTranslations("adminStaff");
  const router = useRouter();
  const selectId = useId();
  const [chosen, setChosen] = useState<Role>(role);
  const change = useAction(changeStaffRoleAction, { onSuccess: () => toast.success(t("roleChanged")) });
  const remove = useAction(removeStaffAction, {
    onSuccess: () => {
      toast.success(t("removed"));
      // Removing oneself ends one's access here: go where the remaining roles lead.
      if (isSelf) router.push("/admin");
    },
  });
  const error = change.result.serverError ?? remove.result.serverError;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        {t("changeRole", { person })}
      </label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value as Role)} className={cn(inputClassName, "h-9 w-auto py-0 text-sm")}>
        {STAFF_ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <Button variant="secondary" size="sm" disabled={chosen === role} pending={change.isPending} onClick={() => change.execute({ slug, staffRoleId, role: chosen })}>
        {t("saveRole")}
      </Button>
      <Button
        variant="danger"
        size="sm"
        aria-label={t("removeLabel", { person })}
        pending={remove.isPending}
        onClick={() => {
          if (window.confirm(isSelf ? t("removeSelfConfirm") : t("removeConfirm", { person }))) remove.execute({ slug, staffRoleId });
        }}
      >
        {t("remove")}
      </Button>
      {error ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
