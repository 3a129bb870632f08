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
      <h1 className="text-2xl font-semibold text-stone-900">Your businesses</h1>
      <p className="mt-1 text-stone-600">Choose the program to run.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {businesses.map((business) => (
          <li key={business.id}>
            <Link
              href={`/admin/${business.slug}`}
              className="block rounded-2xl border border-stone-200 bg-white p-5 shadow-sm transition hover:border-brand-400 hover:shadow"
            >
              <span className="block text-lg font-semibold text-stone-900">{business.name}</span>
              <span className="mt-1 block text-sm text-stone-600">{business.role === "OWNER" ? "Owner" : "Staff"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
