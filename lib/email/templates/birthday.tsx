import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, points, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type BirthdayProps = { brand: Brand; name: string | null; bonusPoints: number };

export const birthdaySubject = (props: BirthdayProps) => `Happy birthday from ${props.brand.businessName}`;

export default function BirthdayEmail(props: BirthdayProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview="A little something for your birthday">
      <Heading style={heading}>Happy birthday{props.name ? `, ${props.name}` : ""}!</Heading>
      <Text style={paragraph}>
        {props.bonusPoints > 0
          ? `We added ${points(brand, props.bonusPoints)} birthday points to your card. Treat yourself on us.`
          : "Everyone at " + brand.businessName + " wishes you a wonderful day."}
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>See your rewards</Button>
    </EmailLayout>
  );
}

BirthdayEmail.PreviewProps = { brand: demoBrand, name: "Maria", bonusPoints: 100 } satisfies BirthdayProps;
