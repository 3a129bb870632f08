import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type PointsExpiringProps = { brand: Brand; name: string | null; expiringPoints: number; expiresAt: string; balance: number };

export const pointsExpiringSubject = (props: PointsExpiringProps) =>
  emailText(props.brand)("email.pointsExpiring.subject", { count: props.expiringPoints, date: day(props.brand, props.expiresAt) });

export default function PointsExpiringEmail(props: PointsExpiringProps) {
  const { brand } = props;
  const t = emailText(brand);
  const values = { count: props.expiringPoints, balance: props.balance, date: day(brand, props.expiresAt) };
  return (
    <EmailLayout brand={brand} preview={pointsExpiringSubject(props)}>
      <Heading style={heading}>{t("email.pointsExpiring.heading")}</Heading>
      <Text style={paragraph}>
        {props.name ? t("email.pointsExpiring.textNamed", { ...values, name: props.name }) : t("email.pointsExpiring.text", values)}
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.pointsExpiring.button")}</Button>
    </EmailLayout>
  );
}

PointsExpiringEmail.PreviewProps = {
  brand: demoBrand,
  name: "Maria",
  expiringPoints: 120,
  expiresAt: "2026-04-01T00:00:00.000Z",
  balance: 320,
} satisfies PointsExpiringProps;
