"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/safe-action";
import { joinProgram } from "@/lib/portal/join";
import { joinProgramSchema } from "@/lib/portal/schemas";

export const joinProgramAction = memberAction
  .inputSchema(joinProgramSchema)
  .action(async ({ parsedInput: { slug, referralCode }, ctx: { user } }) => {
    const result = await joinProgram({ userId: user.id, slug, referralCode });
    revalidatePath("/portal", "layout");
    return result;
  });
