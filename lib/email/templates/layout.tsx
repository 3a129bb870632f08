// The shared branded frame of every email: the business's name in its colour, one column,
// and a footer that says why the reader got it (with the unsubscribe link on marketing mail).
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailText, safeColor, type Brand } from "./brand";

/** `reason` replaces the membership line for mail that is not about a membership (sign-in). */
export function EmailLayout({ brand, preview, reason, children }: { brand: Brand; preview: string; reason?: string; children: ReactNode }) {
  const color = safeColor(brand.brandColor);
  const t = emailText(brand);
  return (
    <Html lang={brand.locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#fafaf9", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif", color: "#1c1917", margin: 0 }}>
        <Container style={{ maxWidth: 520, margin: "0 auto", padding: "24px 12px" }}>
          <Text style={{ fontSize: 18, fontWeight: 700, color, margin: "0 0 12px" }}>{brand.businessName}</Text>
          <Section style={{ backgroundColor: "#ffffff", borderRadius: 12, padding: "28px 28px 20px", borderTop: `4px solid ${color}` }}>
            {children}
          </Section>
          <Hr style={{ borderColor: "#e7e5e4", margin: "20px 0 12px" }} />
          <Text style={{ fontSize: 12, color: "#78716c", margin: 0 }}>
            {reason ?? t("email.layout.member", { business: brand.businessName })}{" "}
            <Link href={`${brand.appUrl}/portal`} style={{ color: "#78716c" }}>{t("email.layout.account")}</Link>
            {brand.unsubscribeUrl ? (
              <>
                {" · "}
                <Link href={brand.unsubscribeUrl} style={{ color: "#78716c" }}>{t("email.layout.unsubscribe")}</Link>
              </>
            ) : null}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 15, lineHeight: "24px", margin: "0 0 14px" } as const;
export const heading = { fontSize: 22, lineHeight: "30px", margin: "0 0 16px", fontWeight: 700 } as const;

export function buttonStyle(brand: Brand) {
  return {
    backgroundColor: safeColor(brand.brandColor),
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: 8,
    fontWeight: 600,
    textDecoration: "none",
    display: "inline-block",
  } as const;
}
