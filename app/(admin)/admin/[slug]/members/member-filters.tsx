import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { MemberListQuery } from "@/lib/admin/members-schemas";

type Props = { action: string; query: MemberListQuery; tiers: { id: string; name: string }[] };

/** A plain GET form: the filters live in the URL, so a filtered page can be shared or reloaded. */
export async function MemberFilters({ action, query, tiers }: Props) {
  const t = await getTranslations("adminMembers.filters");
  return (
    <form method="get" action={action} role="search" aria-label={t("legend")} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <div className="space-y-1.5 md:col-span-2">
          <Label htmlFor="members-q">{t("search")}</Label>
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute top-3.5 left-3 size-4 text-stone-500" />
            <Input id="members-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchHint")} className="pl-9" autoComplete="off" />
          </div>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="members-tier">{t("tier")}</Label>
          <select id="members-tier" name="tier" defaultValue={query.tier ?? ""} className={inputClassName}>
            <option value="">{t("anyTier")}</option>
            {tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="members-activity">{t("activity")}</Label>
          <select id="members-activity" name="activity" defaultValue={query.activity ?? ""} className={inputClassName}>
            <option value="">{t("anyActivity")}</option>
            <option value="active30">{t("active30")}</option>
            <option value="active90">{t("active90")}</option>
            <option value="inactive">{t("inactive")}</option>
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="members-sort">{t("sort")}</Label>
          <select id="members-sort" name="sort" defaultValue={query.sort} className={inputClassName}>
            <option value="joined">{t("sortJoined")}</option>
            <option value="lastVisit">{t("sortLastVisit")}</option>
            <option value="balance">{t("sortBalance")}</option>
            <option value="earned">{t("sortEarned")}</option>
            <option value="spent">{t("sortSpent")}</option>
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="members-dir">{t("direction")}</Label>
          <select id="members-dir" name="dir" defaultValue={query.dir} className={inputClassName}>
            <option value="desc">{t("desc")}</option>
            <option value="asc">{t("asc")}</option>
          </select>
        </div>
        <div className="flex items-start gap-3 md:col-span-2 md:pt-7">
          <input id="members-risk" name="risk" type="checkbox" value="1" defaultChecked={query.risk === "1"} aria-describedby="members-risk-hint" className="mt-1 size-5 accent-brand-700" />
          <div>
            <Label htmlFor="members-risk">{t("atRisk")}</Label>
            <p id="members-risk-hint" className="text-sm text-ink-muted">
              {t("atRiskHint")}
            </p>
          </div>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button asChild variant="ghost">
          <Link href={action}>{t("clear")}</Link>
        </Button>
      </div>
    </form>
  );
}
