import type { Metadata } from "next";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guards";
import { getProfile } from "@/lib/portal/profile";
import { DeleteAccountForm, DownloadDataLink, UnsubscribeAllButton } from "./account-actions";
import { DetailsForm } from "./details-form";
import { EmailPreferencesForm } from "./email-preferences-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const { user } = await requireMember("/portal/profile");
  const profile = await getProfile(user.id);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-ink">Profile</h1>
        <p className="text-ink-muted break-all">Signed in as {profile.email}</p>
      </header>

      <Card>
        <CardHeader>
          <CardTitle>Your details</CardTitle>
          <CardDescription>Shared with the programs you belong to.</CardDescription>
        </CardHeader>
        <CardContent>
          <DetailsForm name={profile.name} phone={profile.phone} birthday={profile.birthday} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>Choose what each shop may send you. Vouchers and sign-in links always arrive.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          {profile.programs.length === 0 ? <p className="text-sm text-ink-muted">Join a program to choose its emails.</p> : null}
          {profile.programs.map((program) => (
            <EmailPreferencesForm key={program.slug} slug={program.slug} businessName={program.businessName} preferences={program.preferences} />
          ))}
          <UnsubscribeAllButton />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Your data</CardTitle>
          <CardDescription>Everything we hold about you: memberships, points, purchases and vouchers.</CardDescription>
        </CardHeader>
        <CardContent>
          <DownloadDataLink />
        </CardContent>
      </Card>

      <Card className="border-red-200">
        <CardHeader>
          <CardTitle>Delete my account</CardTitle>
          <CardDescription>
            Your name, phone, birthday and email are removed and you leave every program. Your points and vouchers are lost. The shops keep
            an anonymous record of past purchases for their accounts.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountForm />
        </CardContent>
      </Card>
    </div>
  );
}
