// The sign-in link: platform mail (no business), never capped, sent at once by Auth.js
// through sendNow, so it is rendered here rather than by the outbox.
import { Button, Heading, Text } from "@react-email/components";
import { env } from "@/lib/env.js";
import type { Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";
import { renderTemplate } from "../render";

export type SignInLinkProps = { brand: Brand; url: string };

export default function SignInLinkEmail({ brand, url }: SignInLinkProps) {
  return (
    <EmailLayout brand={brand} preview={`Your ${brand.businessName} sign-in link`} reason={`Someone asked to sign in to ${brand.businessName} with this address.`}>
      <Heading style={heading}>Sign in to {brand.businessName}</Heading>
      <Text style={paragraph}>Tap the button to sign in. The link works once and expires in 24 hours.</Text>
      <Button href={url} style={buttonStyle(brand)}>Sign in</Button>
      <Text style={{ ...paragraph, fontSize: 13, color: "#57534e", marginTop: 20 }}>If you did not ask for it, you can ignore this email.</Text>
    </EmailLayout>
  );
}

export function platformBrand(appName = "Suki"): Brand {
  return { businessName: appName, senderName: appName, brandColor: "#92400e", locale: "en", currency: "USD", timeZone: "UTC", appUrl: env.APP_URL };
}

SignInLinkEmail.PreviewProps = {
  brand: { businessName: "Suki", senderName: "Suki", brandColor: "#92400e", locale: "en", currency: "USD", timeZone: "UTC", appUrl: "http://localhost:3000" },
  url: "http://localhost:3000/api/auth/callback/resend?token=demo",
} satisfies SignInLinkProps;

export async function signInLinkEmail({ url, appName = "Suki" }: { url: string; appName?: string }) {
  const brand = platformBrand(appName);
  const { html, text } = await renderTemplate(<SignInLinkEmail brand={brand} url={url} />);
  return { subject: `Your ${appName} sign-in link`, html, text };
}
