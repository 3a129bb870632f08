import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

/** "winBack" for at-risk members; "touch" is the gentle monthly hello to active ones. */
export type WinBackProps = { brand: Brand; name: string | null; balance: number; variant: "winBack" | "touch" };

export const winBackSubject = (props: WinBackProps) => {
  const t = emailText(props.brand);
  const business = props.brand.businessName;
  return props.variant === "winBack" ? t("email.winBack.subjectWinBack", { business }) : t("email.winBack.subjectTouch", { business });
};

function headline({ brand, name, variant }: WinBackProps): string {
  const t = emailText(brand);
  if (variant === "winBack") return name ? t("email.winBack.headingWinBackNamed", { name }) : t("email.winBack.headingWinBack");
  return name ? t("email.winBack.headingTouchNamed", { name }) : t("email.winBack.headingTouch");
}

export default function WinBackEmail(props: WinBackProps) {
  const { brand } = props;
  const t = emailText(brand);
  return (
    <EmailLayout brand={brand} preview={winBackSubject(props)}>
      <Heading style={heading}>{headline(props)}</Heading>
      <Text style={paragraph}>
        {props.variant === "winBack"
          ? t("email.winBack.textWinBack", { count: props.balance, business: brand.businessName })
          : t("email.winBack.textTouch", { count: props.balance, business: brand.businessName })}
      </Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.winBack.button")}</Button>
    </EmailLayout>
  );
}

WinBackEmail.PreviewProps = { brand: demoBrand, name: "Maria", balance: 320, variant: "winBack" } satisfies WinBackProps;
