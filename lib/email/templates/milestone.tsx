import { Button, Heading, Text } from "@react-email/components";
import { demoBrand, money, type Brand } from "./brand";
import { buttonStyle, EmailLayout, heading, paragraph } from "./layout";

export type Milestone =
  | { kind: "visits"; visits: number }
  | { kind: "spend"; amountMinor: number }
  | { kind: "anniversary"; years: number }
  | { kind: "tier"; tierName: string; perks: string }
  | { kind: "punch-card"; cardName: string; rewardName: string | null };

export type MilestoneProps = { brand: Brand; name: string | null; milestone: Milestone };

export function milestoneHeadline({ brand, milestone }: MilestoneProps): string {
  switch (milestone.kind) {
    case "visits":
      return `Your ${ordinal(milestone.visits)} visit!`;
    case "spend":
      return `${money(brand, milestone.amountMinor)} with us, and counting`;
    case "anniversary":
      return `${milestone.years} ${milestone.years === 1 ? "year" : "years"} together`;
    case "tier":
      return `Welcome to ${milestone.tierName}`;
    case "punch-card":
      return `Your ${milestone.cardName} is full`;
  }
}

export const milestoneSubject = (props: MilestoneProps) => `${milestoneHeadline(props)} · ${props.brand.businessName}`;

function body({ brand, milestone }: MilestoneProps): string {
  switch (milestone.kind) {
    case "visits":
      return `That is ${milestone.visits} visits to ${brand.businessName}. Thank you for making us part of your routine.`;
    case "spend":
      return `Your purchases at ${brand.businessName} have passed ${money(brand, milestone.amountMinor)}. Thank you for your loyalty.`;
    case "anniversary":
      return `You joined ${brand.businessName}'s program ${milestone.years === 1 ? "a year" : `${milestone.years} years`} ago today. Thank you for sticking with us.`;
    case "tier":
      return `You have reached ${milestone.tierName}.${milestone.perks ? ` Your perks: ${milestone.perks}` : ""}`;
    case "punch-card":
      return milestone.rewardName
        ? `You collected every stamp. Your reward, ${milestone.rewardName}, is waiting in your account.`
        : "You collected every stamp. Thank you!";
  }
}

export default function MilestoneEmail(props: MilestoneProps) {
  const { brand } = props;
  return (
    <EmailLayout brand={brand} preview={milestoneHeadline(props)}>
      <Heading style={heading}>{milestoneHeadline(props)}</Heading>
      <Text style={paragraph}>{props.name ? `Hi ${props.name},` : "Hi,"}</Text>
      <Text style={paragraph}>{body(props)}</Text>
      <Button href={`${brand.appUrl}/portal`} style={buttonStyle(brand)}>See your rewards</Button>
    </EmailLayout>
  );
}

MilestoneEmail.PreviewProps = { brand: demoBrand, name: "Maria", milestone: { kind: "visits", visits: 10 } } satisfies MilestoneProps;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
