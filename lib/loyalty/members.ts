// Enrolling a person in a business's program: a member number, the signup bonus, and an
// optional referral (refused when it points back at the same person).
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { enqueueEmail } from "@/lib/email/outbox";
import { isUniqueViolation } from "./db-errors";
import { LoyaltyError } from "./errors";
import { postCredit } from "./ledger";
import { loadProgram, lotExpiry } from "./program";
import { enrollMemberSchema, parseInput, type EnrollMemberInput } from "./schemas";
import { tierFor } from "./rules/tiers";
import { inTransaction, lockMember } from "./tx";

const REFERRAL_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export type EnrollResult = { memberId: string; number: number; created: boolean; bonus: number };

export async function enrollMember(raw: EnrollMemberInput, now = new Date()): Promise<EnrollResult> {
  const input = parseInput(enrollMemberSchema, raw);
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(async (tx) => {
        const existing = await tx.one<{ id: string; number: number }>`
          SELECT id, number FROM "Member" WHERE "businessId" = ${input.businessId} AND "userId" = ${input.userId}`;
        // Enrolling twice is harmless: the same membership comes back.
        if (existing) return { memberId: existing.id, number: existing.number, created: false, bonus: 0 };

        const program = await loadProgram(tx, input.businessId);
        const user = await tx.one<{ email: string }>`SELECT email FROM "User" WHERE id = ${input.userId}`;
        if (!user) throw new LoyaltyError("invalid_input", "No such user.");
        const referrer = input.referralCode
          ? await tx.one<{ id: string; userId: string | null; phone: string | null; email: string | null }>`
              SELECT m.id, m."userId", m.phone, u.email FROM "Member" m LEFT JOIN "User" u ON u.id = m."userId"
              WHERE m."businessId" = ${input.businessId} AND m."referralCode" = ${input.referralCode}`
          : undefined;
        if (
          referrer &&
          (referrer.userId === input.userId ||
            referrer.email === user.email ||
            (input.phone && referrer.phone && normalizePhone(referrer.phone) === normalizePhone(input.phone)))
        ) {
          throw new LoyaltyError("self_referral");
        }

        // Numbers are handed out one enrolment at a time per business (held until commit).
        await tx.run`SELECT pg_advisory_xact_lock(hashtext(${`member-number/${input.businessId}`}))`;
        const [numbering] = await tx.rows<{ next: number }>`
          SELECT COALESCE(MAX(number), 1000)::int + 1 AS next FROM "Member" WHERE "businessId" = ${input.businessId}`;
        const entryTier = tierFor(program.tiers, 0);
        const created = { id: randomUUID(), number: numbering!.next };
        await tx.run`
          INSERT INTO "Member" (id, "businessId", "userId", number, "tierId", phone, birthday, "displayName", "marketingConsent",
            "emailPreferences", "unsubscribeToken", "referralCode", "referredById", "joinedAt", "lastActivityAt", "updatedAt")
          VALUES (${created.id}, ${input.businessId}, ${input.userId}, ${created.number}, ${entryTier?.id ?? null}, ${input.phone ?? null},
            ${input.birthday ?? null}::date, ${input.displayName ?? null}, ${input.marketingConsent},
            ${{ thankYou: true, milestones: true, offers: input.marketingConsent }}::jsonb, ${randomBytes(24).toString("base64url")},
            ${randomCode(8)}, ${referrer?.id ?? null}, ${now}::timestamp(3), ${now}::timestamp(3), now())`;
        if (entryTier) {
          await tx.run`
            INSERT INTO "TierChange" (id, "businessId", "memberId", "toTierId", reason)
            VALUES (${randomUUID()}, ${input.businessId}, ${created.id}, ${entryTier.id}, 'Joined')`;
        }
        const bonus = program.program.signupBonus;
        if (bonus > 0) {
          const member = (await lockMember(tx, input.businessId, created.id))!;
          await postCredit(tx, member, {
            kind: "BONUS",
            points: bonus,
            lotExpiresAt: lotExpiry(program.program, now),
            lifetime: "earned",
            reason: "Welcome bonus",
            idempotencyKey: `signup/${created.id}`,
          });
        }
        await enqueueEmail(tx, {
          businessId: input.businessId,
          memberId: created.id,
          kind: "welcome",
          dedupeKey: `welcome/${created.id}`,
          props: { name: input.displayName ?? null, memberNumber: created.number, bonusPoints: bonus },
          now,
        });
        return { memberId: created.id, number: created.number, created: true, bonus };
      });
    } catch (error) {
      // The same person enrolling twice at once: retry, and the second finds the first.
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}

function randomCode(length: number): string {
  const bytes = randomBytes(length * 2);
  let code = "";
  for (const byte of bytes) {
    if (byte >= 248) continue; // 248 = 8 × 31: rejection keeps every letter equally likely
    code += REFERRAL_ALPHABET[byte % REFERRAL_ALPHABET.length];
    if (code.length === length) break;
  }
  return code.length === length ? code : randomCode(length);
}

function normalizePhone(phone: string): string {
  return phone.replace(/[^\d+]/g, "");
}
