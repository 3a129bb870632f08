import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type VoucherIssuedProps = { brand: Brand; name: string | null; rewardName: string; code: string; expiresAt: string };

export const voucherIssuedSubject = (props: VoucherIssuedProps) => emailText(props.brand)("email.voucherIssued.subject", { reward: props.rewardName });

export default function VoucherIssuedEmail(props: VoucherIssuedProps) {
  const { brand } = props;
  const t = emailText(brand);
  const date = day(brand, props.expiresAt);
  return (
    <EmailLayout brand={brand} preview={t("email.voucherIssued.preview", { code: props.code })}>
      <Heading style={heading}>{props.rewardName}</Heading>
      <Text style={paragraph}>{props.name ? t("email.voucherIssued.textNamed", { name: props.name, date }) : t("email.voucherIssued.text", { date })}</Text>
      <Text style={{ fontSize: 26, fontWeight: 700, letterSpacing: 3, fontFamily: "ui-monospace, monospace", margin: "8px 0 20px" }}>{props.code}</Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.voucherIssued.button")}</Button>
    </EmailLayout>
  );
}

VoucherIssuedEmail.PreviewProps = {
  brand: demoBrand,
  name: "Maria",
  rewardName: "Free coffee",
  code: "K7QM-2XPA-9RTD",
  expiresAt: "2026-04-11T00:00:00.000Z",
} satisfies VoucherIssuedProps;
