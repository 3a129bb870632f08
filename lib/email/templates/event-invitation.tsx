import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type EventInvitationProps = { brand: Brand; name: string | null; eventName: string; startsAt: string; details: string };

export const eventInvitationSubject = (props: EventInvitationProps) => `You are invited: ${props.eventName}`;

export default function EventInvitationEmail(props: EventInvitationProps) {
  const { brand } = props;
  const time = new Intl.DateTimeFormat(brand.locale, { timeStyle: "short", timeZone: brand.timeZone }).format(new Date(props.startsAt));
  return (
    <EmailLayout brand={brand} preview={`${props.eventName}, ${day(brand, props.startsAt)}`}>
      <Heading style={heading}>{props.eventName}</Heading>
      <Text style={paragraph}>
        {props.name ? `${props.name}, as` : "As"} one of our regulars you are invited to a preview on {day(brand, props.startsAt)} at {time}.
      </Text>
      {props.details ? <Text style={paragraph}>{props.details}</Text> : null}
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>Reply in your account</Button>
    </EmailLayout>
  );
}

EventInvitationEmail.PreviewProps = {
  brand: demoBrand,
  name: "Maria",
  eventName: "New single-origin tasting",
  startsAt: "2026-04-18T10:00:00.000Z",
  details: "Taste three new beans before they reach the menu.",
} satisfies EventInvitationProps;
