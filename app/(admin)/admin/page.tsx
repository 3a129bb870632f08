import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";

import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AdminShell } from "@/components/admin/admin-shell";
import { Button } from "@/components/ui/button";
import { getStaffBusinesses, requireUser } from "@/lib/auth/guards";
import { CreateBusinessPanel } from "./create-business-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminOnboarding.picker");
  return { title: t("title") };
}

// Open to every signed-in person: without a business they get the form to create one, so an
// owner can start from a plain account. The /admin/<slug> pages still require a role there.
export default async function AdminHomePage() {
  const user = await requireUser("/admin");
  const businesses = await getStaffBusinesses(user.id);
  if (businesses.length === 1) redirect(`/admin/${businesses[0]!.slug}`);
  const t = await getTranslations("adminOnboarding.picker");

  return (
    <AdminShell user={user} businesses={businesses.map(({ slug, name, role }) => ({ slug, name, role }))} signOut={signOutAction}>
      {businesses.length === 0 ? (
        <CreateBusinessPanel first />
      ) : (
        <>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
              <p className="mt-1 text-ink-muted">{t("intro")}</p>
            </div>
            <Button asChild variant="secondary">
              <Link href="/admin/new">
                <Plus aria-hidden="true" />
                {t("createAnother")}
              </Link>
            </Button>
          </div>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {businesses.map((business) => (
              <li key={business.id}>
                <Link
                  href={`/admin/${business.slug}`}
                  className="block rounded-card border border-line bg-surface p-5 shadow-card transition hover:border-brand-400 hover:shadow"
                >
                  <span className="block text-lg font-semibold text-ink">{business.name}</span>
                  <span className="mt-1 block text-sm text-ink-muted">{business.role === "OWNER" ? t("owner") : t("staff")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminShell>
  );
}
