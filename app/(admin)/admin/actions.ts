"use server";
import { revalidatePath } from "next/cache";

import { memberAction, ownerAction } from "@/lib/actions/safe-action";
import { createBusiness, goLive, markOnboardingStep, slugAvailability } from "@/lib/admin/onboarding";
import { checkSlugSchema, createBusinessSchema, goLiveSchema, markOnboardingStepSchema } from "@/lib/admin/onboarding-schemas";

// Any signed-in person may start a business; they become its owner.
export const createBusinessAction = memberAction.inputSchema(createBusinessSchema).action(async ({ parsedInput, ctx }) => {
  const created = await createBusiness({ userId: ctx.user.id, business: parsedInput });
  revalidatePath("/admin");
  return { slug: created.slug };
});

export const checkSlugAction = memberAction.inputSchema(checkSlugSchema).action(async ({ parsedInput }) => {
  return slugAvailability(parsedInput.slug);
});

export const markOnboardingStepAction = ownerAction.inputSchema(markOnboardingStepSchema).action(async ({ parsedInput, ctx }) => {
  await markOnboardingStep({ businessId: ctx.business.id, actorUserId: ctx.user.id, step: parsedInput.step });
  revalidatePath(`/admin/${ctx.business.slug}`, "layout");
  return { step: parsedInput.step };
});

export const goLiveAction = ownerAction.inputSchema(goLiveSchema).action(async ({ ctx }) => {
  const result = await goLive({ businessId: ctx.business.id, actorUserId: ctx.user.id });
  revalidatePath(`/admin/${ctx.business.slug}`, "layout");
  revalidatePath(`/join/${ctx.business.slug}`);
  return { live: result.live };
});
