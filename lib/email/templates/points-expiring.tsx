import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, points, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type PointsExpiringProps = { brand: Brand; name: string | null; expiringPoints: number; expiresAt: string; balance: number };

export const pointsExpiringSubject = (props: PointsExpiringProps) =>
  `${points(props.brand, props.expiringPoints)} points expire on ${day(props.brand, props.expiresAt)}`;

export default function PointsExpiringEmail(props: PointsExpiringProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview={pointsExpiringSubject(props)}>
      <Heading style={heading}>Use them before they go</Heading>
      <Text style={paragraph}>
        {props.name ? `${props.name}, ` : ""}{points(brand, props.expiringPoints)} of your {points(brand, props.balance)} points expire on{" "}
        {day(brand, props.expiresAt)}. Spend them on a reward before then.
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>Choose a reward</Button>
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
