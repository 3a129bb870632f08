import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, emailText, money, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type Milestone =
  | { kind: "visits"; visits: number }
  | { kind: "spend"; amountMinor: number }
  | { kind: "anniversary"; years: number }
  | { kind: "tier"; tierName: string; perks: string }
  | { kind: "punch-card"; cardName: string; rewardName: string | null };

export type MilestoneProps = { brand: Brand; name: string | null; milestone: Milestone };

export function milestoneHeadline({ brand, milestone }: MilestoneProps): string {
  const t = emailText(brand);
  switch (milestone.kind) {
    case "visits":
      return t("email.milestone.headline.visits", { visits: milestone.visits });
    case "spend":
      return t("email.milestone.headline.spend", { amount: money(brand, milestone.amountMinor) });
    case "anniversary":
      return t("email.milestone.headline.anniversary", { years: milestone.years });
    case "tier":
      return t("email.milestone.headline.tier", { tier: milestone.tierName });
    case "punch-card":
      return t("email.milestone.headline.punchCard", { card: milestone.cardName });
  }
}

export const milestoneSubject = (props: MilestoneProps) =>
  emailText(props.brand)("email.milestone.subject", { headline: milestoneHeadline(props), business: props.brand.businessName });

function body({ brand, milestone }: MilestoneProps): string {
  const t = emailText(brand);
  const business = brand.businessName;
  switch (milestone.kind) {
    case "visits":
      return t("email.milestone.body.visits", { visits: milestone.visits, business });
    case "spend":
      return t("email.milestone.body.spend", { amount: money(brand, milestone.amountMinor), business });
    case "anniversary":
      return t("email.milestone.body.anniversary", { years: milestone.years, business });
    case "tier":
      return milestone.perks
        ? t("email.milestone.body.tierPerks", { tier: milestone.tierName, perks: milestone.perks })
        : t("email.milestone.body.tier", { tier: milestone.tierName });
    case "punch-card":
      return milestone.rewardName ? t("email.milestone.body.punchCardReward", { reward: milestone.rewardName }) : t("email.milestone.body.punchCard");
  }
}

export default function MilestoneEmail(props: MilestoneProps) {
  const { brand } = props;
  const t = emailText(brand);
  return (
    <EmailLayout brand={brand} preview={milestoneHeadline(props)}>
      <Heading style={heading}>{milestoneHeadline(props)}</Heading>
      <Text style={paragraph}>{props.name ? t("email.milestone.hiNamed", { name: props.name }) : t("email.milestone.hi")}</Text>
      <Text style={paragraph}>{body(props)}</Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>{t("email.milestone.button")}</Button>
    </EmailLayout>
  );
}

MilestoneEmail.PreviewProps = { brand: demoBrand, name: "Maria", milestone: { kind: "visits", visits: 10 } } satisfies MilestoneProps;
