import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AdminShell } from "@/components/admin/admin-shell";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your businesses" };

export default async function AdminHomePage() {
  const { user, businesses } = await requireStaff();
  if (businesses.length === 1) redirect(`/admin/${businesses[0]!.slug}`);

  return (
    <AdminShell user={user} businesses={businesses.map(({ slug, name, role }) => ({ slug, name, role }))} signOut={signOutAction}>
      <h1 className="text-2xl font-semibold text-ink">Your businesses</h1>
      <p className="mt-1 text-ink-muted">Choose the program to run.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {businesses.map((business) => (
          <li key={business.id}>
            <Link
              href={`/admin/${business.slug}`}
              className="block rounded-card border border-line bg-surface p-5 shadow-card transition hover:border-brand-400 hover:shadow"
            >
              <span className="block text-lg font-semibold text-ink">{business.name}</span>
              <span className="mt-1 block text-sm text-ink-muted">{business.role === "OWNER" ? "Owner" : "Staff"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
