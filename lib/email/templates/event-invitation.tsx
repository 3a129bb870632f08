import { dateTimeFormat } from "@/lib/format/intl";
import { Button, Heading, Text } from "@react-email/components";
import { day, demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type EventInvitationProps = { brand: Brand; name: string | null; eventName: string; startsAt: string; details: string };

export const eventInvitationSubject = (props: EventInvitationProps) => emailText(props.brand)("email.eventInvitation.subject", { event: props.eventName });

export default function EventInvitationEmail(props: EventInvitationProps) {
  const { brand } = props;
  const t = emailText(brand);
  const date = day(brand, props.startsAt);
  const time = dateTimeFormat(brand.locale, { timeStyle: "short", timeZone: brand.timeZone }).format(new Date(props.startsAt));
  return (
    <EmailLayout brand={brand} preview={t("email.eventInvitation.preview", { event: props.eventName, date })}>
      <Heading style={heading}>{props.eventName}</Heading>
      <Text style={paragraph}>
        {props.name ? t("email.eventInvitation.textNamed", { name: props.name, date, time }) : t("email.eventInvitation.text", { date, time })}
      </Text>
      {props.details ? <Text style={paragraph}>{props.details}</Text> : null}
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.eventInvitation.button")}</Button>
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
