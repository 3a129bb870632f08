import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AdminShell } from "@/components/admin/admin-shell";
import { after } from "next/server";
import { touchStaffActivity } from "@/lib/admin/staff-activity";
import { requireStaff } from "@/lib/auth/guards";

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function BusinessAdminLayout({ children, params }: Props) {
  const { slug } = await params;
  const { user, businesses, business } = await requireStaff(slug);
  // "Last active" on the staff page; after the response, and a failure only logs.
  after(() => touchStaffActivity(user.id, business!.id).catch((error: unknown) => console.error("[staff] activity", error)));
  return (
    <AdminShell
      user={user}
      businesses={businesses.map(({ slug, name, role }) => ({ slug, name, role }))}
      currentSlug={slug}
      signOut={signOutAction}
    >
      {children}
    </AdminShell>
  );
}
