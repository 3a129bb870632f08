// A new owner's first steps: create a business with a working starter program, then a short
// checklist until the program is live. Every function takes ids the caller's own session or
// role resolved (memberAction / ownerAction), never ids from the browser.
import "server-only";

import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/loyalty/db-errors";
import type { Locale } from "@/lib/i18n/locales";
import { UserError } from "@/lib/actions/user-error";
import { recordAudit } from "./audit";
import { starterProgram } from "./onboarding-defaults";
import { slugProblem, type OnboardingMark } from "./onboarding-schemas";

/** A person may own this many businesses; more is abuse, not a café chain on day one. */
export const MAX_OWNED_BUSINESSES = 10;

export type NewBusiness = { name: string; slug: string; currency: string; timeZone: string; locale: Locale };

export async function slugAvailability(slug: string): Promise<{ available: boolean; suggestion: string | null }> {
  if (slugProblem(slug)) return { available: false, suggestion: null };
  const taken = await db.business.findMany({
    where: { slug: { startsWith: slug } },
    select: { slug: true },
    take: 200,
  });
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(slug)) return { available: true, suggestion: null };
  for (let n = 2; n < 500; n++) {
    const candidate = `${slug}-${n}`;
    if (!used.has(candidate) && !slugProblem(candidate)) return { available: false, suggestion: candidate };
  }
  return { available: false, suggestion: null };
}

/** Creates the business, makes the user its OWNER and gives it the starter program (not live). */
export async function createBusiness(input: { userId: string; business: NewBusiness }): Promise<{ id: string; slug: string }> {
  const { userId, business } = input;
  const owned = await db.staffRole.count({ where: { userId, role: "OWNER" } });
  if (owned >= MAX_OWNED_BUSINESSES) throw new UserError(`You can own at most ${MAX_OWNED_BUSINESSES} businesses.`);
  const starter = starterProgram(business.currency, business.locale);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });

  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.business.create({
        data: {
          ...business,
          senderName: user.name ? `${user.name} at ${business.name}` : business.name,
          program: { create: starter.program },
          tiers: { create: starter.tiers },
          staffRoles: { create: { userId, role: "OWNER" } },
        },
        select: { id: true, slug: true, createdAt: true },
      });
      // Starter rewards carry the business's own creation instant, so the checklist can tell
      // them from the first reward the owner adds (createdAt later than the business's).
      const freeItem = await tx.reward.create({
        data: { ...starter.freeItem, businessId: created.id, createdAt: created.createdAt },
        select: { id: true },
      });
      await tx.reward.create({ data: { ...starter.discount, businessId: created.id, createdAt: created.createdAt } });
      await tx.punchCard.create({ data: { ...starter.punchCard, businessId: created.id, rewardId: freeItem.id } });
      await recordAudit(tx, {
        businessId: created.id,
        actorUserId: userId,
        action: "business.create",
        entityType: "Business",
        entityId: created.id,
        after: { ...business },
      });
      return { id: created.id, slug: created.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const { suggestion } = await slugAvailability(business.slug);
      throw new UserError(
        suggestion ? `The address ${business.slug} is taken. How about ${suggestion}?` : `The address ${business.slug} is taken.`,
      );
    }
    throw error;
  }
}

export type OnboardingStepKey = "program" | "reward" | "staff" | "live" | "poster";
export type OnboardingChecklist = {
  live: boolean;
  steps: { key: OnboardingStepKey; done: boolean }[];
  doneCount: number;
};

const MARK_ACTION = "onboarding.step";
const GO_LIVE_ACTION = "program.go_live";

/**
 * The owner's setup checklist, or null when there is nothing left to show. It stays until the
 * program is live and, after going live here, until the join poster was opened (the poster
 * and the join page only exist once the program is live). A business that was live before
 * this checklist existed (the demo) never sees it.
 */
export async function getOnboardingChecklist(businessId: string): Promise<OnboardingChecklist | null> {
  const business = await db.business.findUnique({
    where: { id: businessId },
    select: { createdAt: true, program: { select: { live: true } } },
  });
  if (!business) return null;
  const live = business.program?.live ?? false;
  const [marks, programChanges, wentLive, ownRewards, staff, staffChanges] = await Promise.all([
    db.auditLog.findMany({ where: { businessId, action: MARK_ACTION }, select: { entityId: true } }),
    db.auditLog.count({ where: { businessId, action: "program.update" } }),
    db.auditLog.count({ where: { businessId, action: GO_LIVE_ACTION } }),
    db.reward.count({ where: { businessId, createdAt: { gt: business.createdAt } } }),
    db.staffRole.count({ where: { businessId } }),
    db.auditLog.count({ where: { businessId, action: { startsWith: "staff." } } }),
  ]);
  const marked = new Set(marks.map((mark) => mark.entityId));
  const steps: OnboardingChecklist["steps"] = [
    { key: "program", done: marked.has("program") || programChanges > 0 },
    { key: "reward", done: ownRewards > 0 },
    { key: "staff", done: marked.has("staff") || staff > 1 || staffChanges > 0 },
    { key: "live", done: live },
    { key: "poster", done: marked.has("poster") },
  ];
  if (live && (wentLive === 0 || marked.has("poster"))) return null;
  return { live, steps, doneCount: steps.filter((step) => step.done).length };
}

/** Records a step the owner did outside Suki or chose to skip (once per step). */
export async function markOnboardingStep(input: { businessId: string; actorUserId: string; step: OnboardingMark }): Promise<void> {
  const { businessId, actorUserId, step } = input;
  await db.$transaction(async (tx) => {
    const already = await tx.auditLog.findFirst({ where: { businessId, action: MARK_ACTION, entityId: step }, select: { id: true } });
    if (already) return;
    await recordAudit(tx, { businessId, actorUserId, action: MARK_ACTION, entityType: "Onboarding", entityId: step, after: { done: true } });
  });
}

/** Opens the program to members: the join page, poster and sign-ups start working. */
export async function goLive(input: { businessId: string; actorUserId: string }): Promise<{ live: true; changed: boolean }> {
  const { businessId, actorUserId } = input;
  return db.$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { businessId }, select: { id: true } });
    if (!program) throw new UserError("This business has no program yet.");
    // Guarded, so a double click cannot record going live twice.
    const { count } = await tx.program.updateMany({ where: { businessId, live: false }, data: { live: true } });
    if (count === 0) return { live: true, changed: false };
    await recordAudit(tx, {
      businessId,
      actorUserId,
      action: GO_LIVE_ACTION,
      entityType: "Program",
      entityId: program.id,
      before: { live: false },
      after: { live: true },
    });
    return { live: true, changed: true };
  });
}
