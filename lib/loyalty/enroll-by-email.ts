// Enrolment by email for the POS API: a till knows a customer's email, not a user id. The
// person's account is found (case-insensitively) or created without a password, so they can
// later sign in by email link and find their points waiting.
import "server-only";
import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "./db-errors";
import { enrollMember, type EnrollResult } from "./members";
import { inTransaction } from "./tx";

export type EnrollByEmailInput = { businessId: string; email: string; name?: string; phone?: string; birthday?: string };

export async function enrollByEmail(input: EnrollByEmailInput, now = new Date()): Promise<EnrollResult> {
  const userId = await findOrCreateUser(input.email, input.name);
  return enrollMember({ businessId: input.businessId, userId, phone: input.phone, birthday: input.birthday, displayName: input.name }, now);
}

async function findOrCreateUser(email: string, name: string | undefined): Promise<string> {
  const normalized = email.trim().toLowerCase();
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(async (tx) => {
        const existing = await tx.one<{ id: string }>`SELECT id FROM "User" WHERE lower(email) = ${normalized} ORDER BY "createdAt" LIMIT 1`;
        if (existing) return existing.id;
        const id = randomUUID();
        await tx.run`INSERT INTO "User" (id, email, name, "createdAt", "updatedAt") VALUES (${id}, ${normalized}, ${name ?? null}, now(), now())`;
        return id;
      });
    } catch (error) {
      // Two tills enrolling the same new email at once: the loser finds the winner's row.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}
