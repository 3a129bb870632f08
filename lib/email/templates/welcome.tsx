import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type WelcomeProps = { brand: Brand; name: string | null; memberNumber: number; bonusPoints: number };

export const welcomeSubject = (props: WelcomeProps) => emailText(props.brand)("email.welcome.subject", { business: props.brand.businessName });

export default function WelcomeEmail(props: WelcomeProps) {
  const { brand } = props;
  const t = emailText(brand);
  const number = String(props.memberNumber);
  return (
    <EmailLayout brand={brand} preview={t("email.welcome.preview", { number })}>
      <Heading style={heading}>{props.name ? t("email.welcome.headingNamed", { name: props.name }) : t("email.welcome.heading")}</Heading>
      <Text style={paragraph}>{t("email.welcome.text", { number, business: brand.businessName })}</Text>
      {props.bonusPoints > 0 ? <Text style={paragraph}>{t("email.welcome.bonus", { count: props.bonusPoints })}</Text> : null}
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.welcome.button")}</Button>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = { brand: demoBrand, name: "Maria", memberNumber: 1042, bonusPoints: 50 } satisfies WelcomeProps;
