import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, points, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

/** "winBack" for at-risk members; "touch" is the gentle monthly hello to active ones. */
export type WinBackProps = { brand: Brand; name: string | null; balance: number; variant: "winBack" | "touch" };

export const winBackSubject = (props: WinBackProps) =>
  props.variant === "winBack" ? `We miss you at ${props.brand.businessName}` : `Your ${props.brand.businessName} points this month`;

export default function WinBackEmail(props: WinBackProps) {
  const { brand } = props;
  const missYou = props.variant === "winBack";
  return (
    <EmailLayout brand={brand} preview={winBackSubject(props)}>
      <Heading style={heading}>{missYou ? `It has been a while${props.name ? `, ${props.name}` : ""}` : `Hello${props.name ? `, ${props.name}` : ""}`}</Heading>
      <Text style={paragraph}>
        {missYou ? "We have not seen you in a while and wanted to say hello. " : ""}
        You have {points(brand, props.balance)} points waiting for you at {brand.businessName}.
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>See your rewards</Button>
    </EmailLayout>
  );
}

WinBackEmail.PreviewProps = { brand: demoBrand, name: "Maria", balance: 320, variant: "winBack" } satisfies WinBackProps;
