import "server-only";
import { LoyaltyError } from "./errors";
import { addMonths } from "./rules/local-time";
import type { Tx } from "./tx";

/** Everything the rules need about one business, read once per operation. */
export async function loadProgram(tx: Tx, businessId: string) {
  const business = await tx.business.findUnique({
    where: { id: businessId },
    select: {
      id: true,
      currency: true,
      timeZone: true,
      program: true,
      tiers: { orderBy: { rank: "asc" } },
      promotions: { where: { active: true } },
      punchCards: { where: { active: true }, include: { reward: { select: { id: true, name: true, voucherDays: true } } } },
    },
  });
  if (!business?.program) throw new LoyaltyError("invalid_input", "This business has no loyalty program yet.");
  return { ...business, program: business.program };
}

export type LoadedProgram = Awaited<ReturnType<typeof loadProgram>>;

/** When what is left of a lot earned at `earnedAt` expires under the program's policy. */
export function lotExpiry(program: LoadedProgram["program"], earnedAt: Date): Date | null {
  if (program.expiryPolicy !== "AFTER_EARN" || !program.expiryMonths) return null;
  return addMonths(earnedAt, program.expiryMonths);
}

/** When points earned at `earnedAt` become spendable (the pending period), or null at once. */
export function availableFrom(program: LoadedProgram["program"], earnedAt: Date): Date | null {
  return program.pendingDays > 0 ? new Date(earnedAt.getTime() + program.pendingDays * 86_400_000) : null;
}
