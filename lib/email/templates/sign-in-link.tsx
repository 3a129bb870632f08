// The sign-in link: platform mail (no business), never capped, sent at once by Auth.js
// through sendNow, so it is rendered here rather than by the outbox. Written in the
// recipient's saved language, else the language of the page that asked for it.
import { Button, Heading, Text } from "@react-email/components";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env.js";
import { defaultLocale, toLocale, type Locale } from "@/lib/i18n/locales";
import { currentLocaleOrDefault } from "@/lib/i18n/translator";
import { emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";
import { renderTemplate } from "../render";

export type SignInLinkProps = { brand: Brand; url: string };

export const signInLinkSubject = (props: SignInLinkProps) => emailText(props.brand)("email.signIn.subject", { app: props.brand.businessName });

export default function SignInLinkEmail({ brand, url }: SignInLinkProps) {
  const t = emailText(brand);
  const app = brand.businessName;
  return (
    <EmailLayout brand={brand} preview={t("email.signIn.subject", { app })} reason={t("email.signIn.reason", { app })}>
      <Heading style={heading}>{t("email.signIn.heading", { app })}</Heading>
      <Text style={paragraph}>{t("email.signIn.text")}</Text>
      <Button href={url} style={buttonStyle(brand)}>{t("email.signIn.button")}</Button>
      <Text style={{ ...paragraph, fontSize: 13, color: "#57534e", marginTop: 20 }}>{t("email.signIn.ignore")}</Text>
    </EmailLayout>
  );
}

export function platformBrand(appName = "Suki", locale: Locale = defaultLocale): Brand {
  return { businessName: appName, senderName: appName, brandColor: "#92400e", locale, currency: "USD", timeZone: "UTC", appUrl: env.APP_URL };
}

SignInLinkEmail.PreviewProps = {
  brand: { businessName: "Suki", senderName: "Suki", brandColor: "#92400e", locale: "en", currency: "USD", timeZone: "UTC", appUrl: "http://localhost:3000" },
  url: "http://localhost:3000/api/auth/callback/resend?token=demo",
} satisfies SignInLinkProps;

/** The recipient's saved language when the address has an account, else the request's. */
async function signInLocale(to: string | undefined): Promise<Locale> {
  const saved = to ? (await db.user.findUnique({ where: { email: to.trim().toLowerCase() }, select: { locale: true } }))?.locale : null;
  return toLocale(saved) ?? (await currentLocaleOrDefault());
}

export async function signInLinkEmail({ url, to, appName = "Suki" }: { url: string; to?: string; appName?: string }) {
  const brand = platformBrand(appName, await signInLocale(to));
  const { html, text } = await renderTemplate(<SignInLinkEmail brand={brand} url={url} />);
  return { subject: signInLinkSubject({ brand, url }), html, text };
}
