import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type BirthdayProps = { brand: Brand; name: string | null; bonusPoints: number };

export const birthdaySubject = (props: BirthdayProps) => emailText(props.brand)("email.birthday.subject", { business: props.brand.businessName });

export default function BirthdayEmail(props: BirthdayProps) {
  const { brand } = props;
  const t = emailText(brand);
  return (
    <EmailLayout brand={brand} preview={t("email.birthday.preview")}>
      <Heading style={heading}>{props.name ? t("email.birthday.headingNamed", { name: props.name }) : t("email.birthday.heading")}</Heading>
      <Text style={paragraph}>
        {props.bonusPoints > 0 ? t("email.birthday.bonus", { count: props.bonusPoints }) : t("email.birthday.wishes", { business: brand.businessName })}
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.birthday.button")}</Button>
    </EmailLayout>
  );
}

BirthdayEmail.PreviewProps = { brand: demoBrand, name: "Maria", bonusPoints: 100 } satisfies BirthdayProps;
