// An invitation to help run a business in Suki: sent at once to the new owner or staff
// member (not a member's mail, so not through the member outbox rules), in the business's
// brand and language, with a sign-in link that lands in that business's admin area. Its words
// live with the staff page's (messages/<locale>/adminStaff.json, "invitationEmail").
import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, emailText, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";
import { renderTemplate } from "../render";

export type StaffInvitationProps = { brand: Brand; inviterName: string; role: "OWNER" | "STAFF"; signInUrl: string };

export const staffInvitationSubject = (props: StaffInvitationProps) =>
  emailText(props.brand)("adminStaff.invitationEmail.subject", { inviter: props.inviterName, business: props.brand.businessName });

export default function StaffInvitationEmail(props: StaffInvitationProps) {
  const { brand } = props;
  const t = emailText(brand);
  const names = { inviter: props.inviterName, business: brand.businessName };
  return (
    <EmailLayout brand={brand} preview={t("adminStaff.invitationEmail.preview", names)} reason={t("adminStaff.invitationEmail.reason", names)}>
      <Heading style={heading}>{t("adminStaff.invitationEmail.heading", names)}</Heading>
      <Text style={paragraph}>
        {props.role === "OWNER" ? t("adminStaff.invitationEmail.owner", names) : t("adminStaff.invitationEmail.staff", names)}
      </Text>
      <Text style={paragraph}>{t("adminStaff.invitationEmail.signIn")}</Text>
      <Button href={props.signInUrl} style={buttonStyle(brand)}>{t("adminStaff.invitationEmail.button", names)}</Button>
      <Text style={{ ...paragraph, fontSize: 13, color: "#57534e", marginTop: 20 }}>{t("adminStaff.invitationEmail.ignore")}</Text>
    </EmailLayout>
  );
}

StaffInvitationEmail.PreviewProps = {
  // Not marketing mail: no unsubscribe link.
  brand: { ...demoBrand, unsubscribeUrl: undefined },
  inviterName: "Ana Reyes",
  role: "STAFF",
  signInUrl: "http://localhost:3000/login?callbackUrl=%2Fadmin%2Fkape-suki",
} satisfies StaffInvitationProps;

export async function staffInvitationEmail(props: StaffInvitationProps) {
  const { html, text } = await renderTemplate(<StaffInvitationEmail {...props} />);
  return { subject: staffInvitationSubject(props), html, text };
}
