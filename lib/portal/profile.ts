// The member's own details and email choices. Name lives on the user; phone and birthday on
// each active membership (the shops use them to find the member and for the birthday bonus).
import "server-only";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/actions/user-error";
import { NO_MARKETING, readEmailPreferences, type EmailPreferences } from "./email-preferences";

export type ProfileProgram = { memberId: string; slug: string; businessName: string; number: number; preferences: EmailPreferences };
export type Profile = {
  name: string | null;
  email: string;
  phone: string | null;
  /** yyyy-mm-dd */
  birthday: string | null;
  programs: ProfileProgram[];
};

export async function getProfile(userId: string): Promise<Profile> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      members: {
        where: { status: "ACTIVE" },
        orderBy: { joinedAt: "asc" },
        select: { id: true, number: true, phone: true, birthday: true, emailPreferences: true, business: { select: { slug: true, name: true } } },
      },
    },
  });
  const withPhone = user.members.find((member) => member.phone);
  const withBirthday = user.members.find((member) => member.birthday);
  return {
    name: user.name,
    email: user.email,
    phone: withPhone?.phone ?? null,
    birthday: withBirthday?.birthday?.toISOString().slice(0, 10) ?? null,
    programs: user.members.map((member) => ({
      memberId: member.id,
      slug: member.business.slug,
      businessName: member.business.name,
      number: member.number,
      preferences: readEmailPreferences(member.emailPreferences),
    })),
  };
}

/**
 * Saves name, phone and birthday. A birthday already on file cannot be moved by the member
 * (a movable birthday would pay the birthday bonus on demand); the shop can correct it.
 */
export async function updateProfile(input: { userId: string; name: string | null; phone: string | null; birthday: string | null }): Promise<void> {
  const members = await db.member.findMany({ where: { userId: input.userId, status: "ACTIVE" }, select: { id: true, birthday: true } });
  const birthday = input.birthday ? new Date(`${input.birthday}T00:00:00Z`) : null;
  const onFile = members.find((member) => member.birthday)?.birthday ?? null;
  if (onFile && (!birthday || onFile.getTime() !== birthday.getTime())) {
    throw new UserError("Your birthday is already on file. Ask the shop if it needs correcting.", { key: "errors.birthdayOnFile" });
  }
  await db.$transaction([
    db.user.update({ where: { id: input.userId }, data: { name: input.name } }),
    db.member.updateMany({ where: { userId: input.userId, status: "ACTIVE" }, data: { phone: input.phone, displayName: input.name } }),
    ...(birthday ? [db.member.updateMany({ where: { userId: input.userId, status: "ACTIVE", birthday: null }, data: { birthday } })] : []),
  ]);
}

export async function updateEmailPreferences(input: { userId: string; memberId: string; preferences: EmailPreferences }): Promise<void> {
  const updated = await db.member.updateMany({
    where: { id: input.memberId, userId: input.userId, status: "ACTIVE" },
    // Offers are marketing in the legal sense: switching them on is the member's consent.
    data: { emailPreferences: input.preferences, marketingConsent: input.preferences.offers },
  });
  if (updated.count === 0) throw new UserError("That program is not one of yours.", { key: "errors.notYourProgram" });
}

/** Every marketing email of every program off, at once. Transactional mail still arrives. */
export async function unsubscribeUserFromAll(userId: string): Promise<{ programs: number }> {
  const updated = await db.member.updateMany({ where: { userId }, data: { emailPreferences: NO_MARKETING, marketingConsent: false } });
  return { programs: updated.count };
}

/**
 * The one-click unsubscribe behind the link in every marketing email: the member's token is
 * the only credential, so it works without signing in. Idempotent.
 */
export async function unsubscribeWithToken(token: string): Promise<{ businessName: string } | null> {
  if (!token || token.length > 100) return null;
  const member = await db.member.findUnique({ where: { unsubscribeToken: token }, select: { id: true, business: { select: { name: true } } } });
  if (!member) return null;
  await db.member.update({ where: { id: member.id }, data: { emailPreferences: NO_MARKETING, marketingConsent: false } });
  return { businessName: member.business.name };
}

/** For the confirmation page: whose program the token unsubscribes from, without changing anything. */
export async function findUnsubscribeTarget(token: string): Promise<{ businessName: string; unsubscribed: boolean } | null> {
  if (!token || token.length > 100) return null;
  const member = await db.member.findUnique({ where: { unsubscribeToken: token }, select: { emailPreferences: true, business: { select: { name: true } } } });
  if (!member) return null;
  const preferences = readEmailPreferences(member.emailPreferences);
  return { businessName: member.business.name, unsubscribed: !preferences.thankYou && !preferences.milestones && !preferences.offers };
}
