import type { getTranslations } from "next-intl/server";

import { actionMessageKey, humanizeAction } from "@/lib/admin/audit-log-format";

// Actions other areas record (lib/admin/*, lib/loyalty/adjust.ts …), by actionMessageKey:
// i18n-keys: adminAudit.actions.business_create adminAudit.actions.business_update adminAudit.actions.program_update
// i18n-keys: adminAudit.actions.program_go_live adminAudit.actions.onboarding_step adminAudit.actions.points_adjust
// i18n-keys: adminAudit.actions.purchase_refund adminAudit.actions.voucher_use adminAudit.actions.reward_create
// i18n-keys: adminAudit.actions.reward_update adminAudit.actions.reward_archive adminAudit.actions.reward_unarchive adminAudit.actions.staff_invite
// i18n-keys: adminAudit.actions.staff_remove adminAudit.actions.staff_role adminAudit.actions.apiKey_create
// i18n-keys: adminAudit.actions.apiKey_revoke adminAudit.actions.member_note_add adminAudit.actions.member_personal_note
// i18n-keys: adminAudit.actions.members_import adminAudit.actor.system adminAudit.actor.apiKey adminAudit.actor.unknown
// i18n-keys: adminAudit.entities.Business adminAudit.entities.Program adminAudit.entities.Onboarding adminAudit.entities.Member
// i18n-keys: adminAudit.entities.Reward adminAudit.entities.Purchase adminAudit.entities.Redemption adminAudit.entities.StaffRole
// i18n-keys: adminAudit.entities.ApiKey adminAudit.entities.User

type T = Awaited<ReturnType<typeof getTranslations<"adminAudit">>>;

/** An action in words ("Changed the program rules"); one nobody worded yet stays readable. */
export function actionLabel(t: T, action: string): string {
  const key = `actions.${actionMessageKey(action)}`;
  return t.has(key as never) ? t(key as never) : humanizeAction(action);
}

export function actorLabel(t: T, actor: { kind: "user" | "key" | "system"; name: string | null; email: string | null }): string {
  if (actor.kind === "system") return t("actor.system");
  if (actor.kind === "key") return t("actor.apiKey", { name: actor.name ?? t("actor.unknown") });
  return actor.name ?? actor.email ?? t("actor.unknown");
}
