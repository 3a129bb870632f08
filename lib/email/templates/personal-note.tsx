import { Heading, Text } from "@react-email/components";
import { demoBrand, emailText, type Brand } from "./brand";
import { EmailLayout, heading, paragraph } from "./layout";

/** `message` is what the owner or a staff member wrote; `from` is their name (else the sender's). */
export type PersonalNoteProps = { brand: Brand; name: string | null; message: string; from: string | null };

export const personalNoteSubject = (props: PersonalNoteProps) =>
  emailText(props.brand)("email.personalNote.subject", { from: props.from ?? props.brand.senderName, business: props.brand.businessName });

/** A person's own words: plain text paragraphs, signed, no buttons. */
export default function PersonalNoteEmail(props: PersonalNoteProps) {
  const { brand } = props;
  const t = emailText(brand);
  const paragraphs = props.message.split(/\n{2,}/).map((text) => text.trim()).filter(Boolean);
  return (
    <EmailLayout brand={brand} preview={paragraphs[0]?.slice(0, 90) ?? t("email.personalNote.preview")}>
      <Heading style={heading}>{props.name ? t("email.personalNote.hiNamed", { name: props.name }) : t("email.personalNote.hi")}</Heading>
      {paragraphs.map((text, index) => (
        <Text key={index} style={{ ...paragraph, whiteSpace: "pre-line" }}>
          {text}
        </Text>
      ))}
      <Text style={{ ...paragraph, marginTop: 20 }}>
        {props.from ?? brand.senderName}
        <br />
        {brand.businessName}
      </Text>
    </EmailLayout>
  );
}

PersonalNoteEmail.PreviewProps = {
  brand: demoBrand,
  name: "Maria",
  message: "Thank you for bringing your whole book club in on Saturday. The next round of pandesal is on us!",
  from: "Ana Reyes",
} satisfies PersonalNoteProps;
