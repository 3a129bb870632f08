import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type VoucherIssuedProps = { brand: Brand; name: string | null; rewardName: string; code: string; expiresAt: string };

export const voucherIssuedSubject = (props: VoucherIssuedProps) => `Your voucher: ${props.rewardName}`;

export default function VoucherIssuedEmail(props: VoucherIssuedProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview={`Show code ${props.code} at the counter`}>
      <Heading style={heading}>{props.rewardName}</Heading>
      <Text style={paragraph}>Show this code at the counter{props.name ? `, ${props.name}` : ""}. It is valid until {day(brand, props.expiresAt)}.</Text>
      <Text style={{ fontSize: 26, fontWeight: 700, letterSpacing: 3, fontFamily: "ui-monospace, monospace", margin: "8px 0 20px" }}>{props.code}</Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>Open your vouchers</Button>
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
