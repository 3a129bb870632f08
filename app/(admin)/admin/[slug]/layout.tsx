import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AdminShell } from "@/components/admin/admin-shell";
import { requireStaff } from "@/lib/auth/guards";

type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function BusinessAdminLayout({ children, params }: Props) {
  const { slug } = await params;
  const { user, businesses } = await requireStaff(slug);
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
