import { Heading, Text } from "@react-email/components";
import { day, demoBrand, emailText, money, type Brand } from "./brand";
import { EmailLayout, heading, paragraph } from "./layout";

export type ThankYouProps = { brand: Brand; name: string | null; amountMinor: number; occurredAt: string; pointsEarned: number; balance: number };

export const thankYouSubject = (props: ThankYouProps) => emailText(props.brand)("email.thankYou.subject", { sender: props.brand.senderName });

/** Personal on purpose: plain words, signed by the owner, no buttons. */
export default function ThankYouEmail(props: ThankYouProps) {
  const { brand } = props;
  const t = emailText(brand);
  const date = day(brand, props.occurredAt);
  return (
    <EmailLayout brand={brand} preview={t("email.thankYou.preview", { date })}>
      <Heading style={heading}>{props.name ? t("email.thankYou.headingNamed", { name: props.name }) : t("email.thankYou.heading")}</Heading>
      <Text style={paragraph}>
        {t("email.thankYou.text", { date, amount: money(brand, props.amountMinor), earned: props.pointsEarned, balance: props.balance })}
      </Text>
      <Text style={paragraph}>{t("email.thankYou.closing")}</Text>
      <Text style={{ ...paragraph, marginTop: 20 }}>
        {brand.senderName}
        <br />
        {brand.businessName}
      </Text>
    </EmailLayout>
  );
}

ThankYouEmail.PreviewProps = {
  brand: demoBrand,
  name: "Maria",
  amountMinor: 45_000,
  occurredAt: "2026-03-12T02:30:00.000Z",
  pointsEarned: 45,
  balance: 320,
} satisfies ThankYouProps;
