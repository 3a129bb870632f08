import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";

import { Button } from "@/components/ui/button";
import { inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { actionLabel, actorLabel } from "./audit-labels";

type Props = {
  slug: string;
  actions: string[];
  actors: { value: string; kind: "user" | "key" | "system"; name: string | null; email: string | null }[];
  current: { action: string; actor: string };
};

/** A plain GET form: filters live in the address, so a filtered view can be shared or reloaded. */
export async function AuditFilters({ slug, actions, actors, current }: Props) {
  const t = await getTranslations("adminAudit");
  const exportQuery = new URLSearchParams(Object.entries(current).filter(([, value]) => value !== "")).toString();
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-52 flex-1 space-y-1.5 sm:flex-none">
        <Label htmlFor="audit-action">{t("filters.action")}</Label>
        <select id="audit-action" name="action" defaultValue={current.action} className={inputClassName}>
          <option value="">{t("filters.anyAction")}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(t, action)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-52 flex-1 space-y-1.5 sm:flex-none">
        <Label htmlFor="audit-actor">{t("filters.actor")}</Label>
        <select id="audit-actor" name="actor" defaultValue={current.actor} className={inputClassName}>
          <option value="">{t("filters.anyone")}</option>
          {actors.map((actor) => (
            <option key={actor.value} value={actor.value}>
              {actorLabel(t, actor)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("filters.apply")}
      </Button>
      <Button asChild variant="ghost">
        <a href={`/admin/${slug}/audit/export${exportQuery ? `?${exportQuery}` : ""}`} download>
          <Download aria-hidden="true" />
          {t("export")}
        </a>
      </Button>
    </form>
  );
}
