import { saveLanguageAction } from "@/app/(auth)/language-actions";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import { PortalShell } from "@/components/portal/portal-shell";
import { requireMember } from "@/lib/auth/guards";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { user, programs } = await requireMember();
  return (
    <AreaIntlProvider area="portal">
      <PortalShell user={user} programs={programs.map(({ slug, name }) => ({ slug, name }))} signOut={signOutAction} saveLanguage={saveLanguageAction}>
        {children}
      </PortalShell>
    </AreaIntlProvider>
  );
}
