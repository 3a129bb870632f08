import { Heading, Text } from "@react-email/components";
import { day, demoBrand, money, points, type Brand } from "./brand";
import { EmailLayout, heading, paragraph } from "./layout";

export type ThankYouProps = { brand: Brand; name: string | null; amountMinor: number; occurredAt: string; pointsEarned: number; balance: number };

export const thankYouSubject = (props: ThankYouProps) => `Thank you for coming by, from ${props.brand.senderName}`;

/** Personal on purpose: plain words, signed by the owner, no buttons. */
export default function ThankYouEmail(props: ThankYouProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview={`Thank you for your visit on ${day(brand, props.occurredAt)}`}>
      <Heading style={heading}>Thank you{props.name ? `, ${props.name}` : ""}</Heading>
      <Text style={paragraph}>
        It was good to see you on {day(brand, props.occurredAt)}. Your visit ({money(brand, props.amountMinor)}) earned you{" "}
        {points(brand, props.pointsEarned)} points; you now have {points(brand, props.balance)}.
      </Text>
      <Text style={paragraph}>Regulars like you are why we open the doors every morning. See you soon!</Text>
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
