import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { saveLanguageAction } from "@/app/(auth)/language-actions";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guards";
import { getProfile } from "@/lib/portal/profile";
import { DeleteAccountForm, DownloadDataLink, SignOutEverywhereButton, UnsubscribeAllButton } from "./account-actions";
import { DetailsForm } from "./details-form";
import { EmailPreferencesForm } from "./email-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const { user } = await requireMember("/portal/profile");
  const [profile, t, tSessions] = await Promise.all([getProfile(user.id), getTranslations("profile"), getTranslations("sessions")]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-ink-muted break-all">{t("signedInAs", { email: profile.email })}</p>
      </header>

      <Card>
        <CardHeader>
          <CardTitle>{t("details.title")}</CardTitle>
          <CardDescription>{t("details.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DetailsForm name={profile.name} phone={profile.phone} birthday={profile.birthday} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("language.title")}</CardTitle>
          <CardDescription>{t("language.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <LanguageSwitcher save={saveLanguageAction} variant="field" />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("email.title")}</CardTitle>
          <CardDescription>{t("email.description")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          {profile.programs.length === 0 ? <p className="text-sm text-ink-muted">{t("email.noPrograms")}</p> : null}
          {profile.programs.map((program) => (
            <EmailPreferencesForm key={program.slug} slug={program.slug} businessName={program.businessName} preferences={program.preferences} />
          ))}
          <UnsubscribeAllButton />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("data.title")}</CardTitle>
          <CardDescription>{t("data.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DownloadDataLink />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{tSessions("title")}</CardTitle>
          <CardDescription>{tSessions("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SignOutEverywhereButton />
        </CardContent>
      </Card>

      <Card className="border-red-200">
        <CardHeader>
          <CardTitle>{t("delete.title")}</CardTitle>
          <CardDescription>{t("delete.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountForm />
        </CardContent>
      </Card>
    </div>
  );
}
