import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AdminShell } from "@/components/admin/admin-shell";
import { getStaffBusinesses, requireUser } from "@/lib/auth/guards";
import { CreateBusinessPanel } from "../create-business-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminOnboarding.create");
  return { title: t("titleAnother") };
}

/** Another business for someone who already runs one (or a first one, the same form). */
export default async function NewBusinessPage() {
  const user = await requireUser("/admin/new");
  const businesses = await getStaffBusinesses(user.id);
  return (
    <AdminShell user={user} businesses={businesses.map(({ slug, name, role }) => ({ slug, name, role }))} signOut={signOutAction}>
      <CreateBusinessPanel first={businesses.length === 0} />
    </AdminShell>
  );
}
