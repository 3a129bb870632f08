// Which template renders which kind of outbox row. Rows store the template's props without
// the brand; the brand (name, colour, locale, currency, time zone, unsubscribe link) is added
// at send time, so a rebrand applies to mail still waiting in the outbox.
import type { ComponentType, ReactElement } from "react";
import type { EmailKind } from "../kinds";
import { renderTemplate } from "../render";
import BirthdayEmail, { birthdaySubject } from "./birthday";
import type { Brand } from "./brand";
import EventInvitationEmail, { eventInvitationSubject } from "./event-invitation";
import MilestoneEmail, { milestoneSubject } from "./milestone";
import PersonalNoteEmail, { personalNoteSubject } from "./personal-note";
import PointsExpiringEmail, { pointsExpiringSubject } from "./points-expiring";
import SignInLinkEmail, { signInLinkSubject } from "./sign-in-link";
import ThankYouEmail, { thankYouSubject } from "./thank-you";
import VoucherIssuedEmail, { voucherIssuedSubject } from "./voucher-issued";
import WelcomeEmail, { welcomeSubject } from "./welcome";
import WinBackEmail, { winBackSubject } from "./win-back";

type Entry<P extends { brand: Brand }> = {
  Component: ComponentType<P> & { PreviewProps: P };
  subject: (props: P) => string;
};

function entry<P extends { brand: Brand }>(Component: ComponentType<P> & { PreviewProps: P }, subject: (props: P) => string): Entry<P> {
  return { Component, subject };
}

// `touch` shares the win-back template in its gentler variant.
const TEMPLATES: Record<EmailKind, Entry<{ brand: Brand }>> = {
  welcome: entry(WelcomeEmail, welcomeSubject),
  "thank-you": entry(ThankYouEmail, thankYouSubject),
  milestone: entry(MilestoneEmail, milestoneSubject),
  birthday: entry(BirthdayEmail, birthdaySubject),
  "points-expiring": entry(PointsExpiringEmail, pointsExpiringSubject),
  "voucher-issued": entry(VoucherIssuedEmail, voucherIssuedSubject),
  "win-back": entry(WinBackEmail, winBackSubject),
  touch: entry(WinBackEmail, winBackSubject),
  "event-invitation": entry(EventInvitationEmail, eventInvitationSubject),
  "personal-note": entry(PersonalNoteEmail, personalNoteSubject),
  "sign-in": entry(SignInLinkEmail, signInLinkSubject),
} as unknown as Record<EmailKind, Entry<{ brand: Brand }>>;

export type RenderedEmail = { subject: string; html: string; text: string };

export async function renderEmail(kind: EmailKind, props: Record<string, unknown>, brand: Brand): Promise<RenderedEmail> {
  const { Component, subject } = TEMPLATES[kind];
  const full = { ...props, brand };
  const element: ReactElement = <Component {...full} />;
  return { subject: subject(full), ...(await renderTemplate(element)) };
}

/** The template's own demo data (its PreviewProps), for the admin preview and test sends. */
export function previewProps(kind: EmailKind): Record<string, unknown> {
  const { brand: _brand, ...props } = TEMPLATES[kind].Component.PreviewProps as { brand: Brand } & Record<string, unknown>;
  if (kind === "touch") return { ...props, variant: "touch" };
  return props;
}
