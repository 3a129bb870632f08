import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, points, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type WelcomeProps = { brand: Brand; name: string | null; memberNumber: number; bonusPoints: number };

export const welcomeSubject = (props: WelcomeProps) => `Welcome to ${props.brand.businessName}`;

export default function WelcomeEmail(props: WelcomeProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview={`You are member no. ${props.memberNumber}`}>
      <Heading style={heading}>Welcome{props.name ? `, ${props.name}` : ""}!</Heading>
      <Text style={paragraph}>
        You are now member no. {props.memberNumber} of {brand.businessName}. Every visit earns points you can spend on rewards.
      </Text>
      {props.bonusPoints > 0 ? <Text style={paragraph}>To start you off, {points(brand, props.bonusPoints)} points are already on your card.</Text> : null}
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>Open your member card</Button>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = { brand: demoBrand, name: "Maria", memberNumber: 1042, bonusPoints: 50 } satisfies WelcomeProps;
