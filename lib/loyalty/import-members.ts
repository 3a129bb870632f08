// Enrolling many existing customers at once (the admin CSV import). Enrolling 10,000 people
// one engine call at a time takes minutes, so this writes them set-based, chunk by chunk, in
// ONE transaction: all of them or none. It keeps what enrollMember keeps — member numbers
// under the same advisory lock, the entry tier with its TierChange — and the ledger's rule
// that a credit, its lot and the cached balance are written by one statement (DESIGN.md §4.1).
// Imported members get no welcome mail and no marketing switches turned on: they never
// consented in Suki (they can opt in from the portal).
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { LoyaltyError } from "./errors";
import { loadProgram, lotExpiry } from "./program";
import { tierFor } from "./rules/tiers";
import { inTransaction, type Tx } from "./tx";

export type ImportMemberRow = {
  /** The row's line in the source file, for reports */
  row: number;
  /** Lower-cased, unique within one import */
  email: string;
  name: string | null;
  phone: string | null;
  /** Starting points, a whole number ≥ 0 */
  points: number;
};

export type ImportMembersInput = {
  businessId: string;
  actorUserId: string | null;
  /** Where the rows came from (the file name): the ledger reason says "Imported from <source>" */
  source: string;
  rows: ImportMemberRow[];
  /** Rows per round of statements; progress is reported after each */
  chunkSize?: number;
  /** Called after each chunk with the rows handled so far (runs on its own connection) */
  onProgress?: (processed: number) => Promise<void> | void;
};

export type ImportMembersResult = {
  imported: number;
  /** Rows whose email already belongs to a member of this business */
  skipped: { row: number; email: string }[];
  points: number;
  firstNumber: number | null;
  lastNumber: number | null;
};

const REFERRAL_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const NO_MARKETING = { thankYou: false, milestones: false, offers: false };

export async function importMembers(input: ImportMembersInput, now = new Date()): Promise<ImportMembersResult> {
  const chunkSize = Math.max(1, input.chunkSize ?? 1000);
  for (const row of input.rows) {
    if (!Number.isSafeInteger(row.points) || row.points < 0) throw new LoyaltyError("invalid_input", `Row ${row.row}: starting points must be a whole number ≥ 0.`);
  }
  if (new Set(input.rows.map((row) => row.email)).size !== input.rows.length) throw new LoyaltyError("invalid_input", "The same email appears twice.");

  return inTransaction(async (tx) => {
    const program = await loadProgram(tx, input.businessId);
    // The same lock enrollMember takes: numbers stay gap-free and unique against live sign-ups.
    await tx.run`SELECT pg_advisory_xact_lock(hashtext(${`member-number/${input.businessId}`}))`;
    const [numbering] = await tx.rows<{ next: number }>`
      SELECT COALESCE(MAX(number), 1000)::int + 1 AS next FROM "Member" WHERE "businessId" = ${input.businessId}`;
    const context: ChunkContext = {
      businessId: input.businessId,
      actorUserId: input.actorUserId,
      reason: `Imported from ${input.source}`,
      entryTierId: tierFor(program.tiers, 0)?.id ?? null,
      lotExpiresAt: lotExpiry(program.program, now),
      now,
      nextNumber: numbering!.next,
    };
    const known = await knownPeople(tx, input.businessId, input.rows);
    const result: ImportMembersResult = { imported: 0, skipped: [], points: 0, firstNumber: null, lastNumber: null };
    for (let start = 0; start < input.rows.length; start += chunkSize) {
      await importChunk(tx, context, known, input.rows.slice(start, start + chunkSize), result);
      await input.onProgress?.(Math.min(start + chunkSize, input.rows.length));
    }
    await tx.run`
      INSERT INTO "AuditLog" (id, "businessId", "actorUserId", action, "entityType", "entityId", before, after)
      VALUES (${randomUUID()}, ${input.businessId}, ${input.actorUserId}, 'members.import', 'Business', ${input.businessId}, NULL,
        ${{ source: input.source, rows: input.rows.length, imported: result.imported, skipped: result.skipped.length, points: result.points,
            firstNumber: result.firstNumber, lastNumber: result.lastNumber }}::jsonb)`;
    return result;
  });
}

type ChunkContext = {
  businessId: string;
  actorUserId: string | null;
  reason: string;
  entryTierId: string | null;
  lotExpiresAt: Date | null;
  now: Date;
  nextNumber: number;
};

type KnownPeople = { userByEmail: Map<string, string>; enrolled: Set<string> };

/**
 * The accounts the file's emails already have (matched case-insensitively, as enrollByEmail
 * does; the oldest wins) and which of them are members here: one pass over User for the whole
 * file, since lower(email) has no btree index and a pass per chunk would grow with the table.
 */
async function knownPeople(tx: Tx, businessId: string, rows: ImportMemberRow[]): Promise<KnownPeople> {
  const users = await tx.rows<{ id: string; email: string }>`
    SELECT DISTINCT ON (lower(email)) id, lower(email) AS email FROM "User"
    WHERE lower(email) = ANY(${rows.map((row) => row.email)}::text[]) ORDER BY lower(email), "createdAt"`;
  const members = await tx.rows<{ userId: string }>`
    SELECT "userId" FROM "Member" WHERE "businessId" = ${businessId} AND "userId" = ANY(${users.map((user) => user.id)}::text[])`;
  return { userByEmail: new Map(users.map((user) => [user.email, user.id])), enrolled: new Set(members.map((member) => member.userId)) };
}

async function importChunk(tx: Tx, context: ChunkContext, known: KnownPeople, rows: ImportMemberRow[], result: ImportMembersResult): Promise<void> {
  const { businessId } = context;
  const { userByEmail, enrolled } = known;
  const fresh: { row: ImportMemberRow; userId: string; newUser: boolean }[] = [];
  for (const row of rows) {
    const userId = userByEmail.get(row.email);
    if (userId && enrolled.has(userId)) result.skipped.push({ row: row.row, email: row.email });
    else fresh.push({ row, userId: userId ?? randomUUID(), newUser: !userId });
  }
  if (fresh.length === 0) return;

  const newUsers = fresh.filter((item) => item.newUser);
  if (newUsers.length > 0) {
    await tx.run`
      INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
      SELECT u.id, u.email, u.name, ${context.now}::timestamp(3), ${context.now}::timestamp(3)
      FROM unnest(${newUsers.map((item) => item.userId)}::text[], ${newUsers.map((item) => item.row.email)}::text[],
                  ${newUsers.map((item) => item.row.name)}::text[]) AS u(id, email, name)`;
  }

  const codes = await referralCodes(tx, businessId, fresh.length);
  const memberIds = fresh.map(() => randomUUID());
  const numbers = fresh.map((_, index) => context.nextNumber + index);
  context.nextNumber += fresh.length;
  // Member, starting-points credit and its lot in one statement: the balance is never apart
  // from the ledger entry that explains it.
  await tx.run`
    WITH input AS (
      SELECT * FROM unnest(${memberIds}::text[], ${fresh.map((item) => item.userId)}::text[], ${numbers}::int[],
        ${fresh.map((item) => item.row.phone)}::text[], ${fresh.map((item) => item.row.name)}::text[],
        ${fresh.map(() => randomBytes(24).toString("base64url"))}::text[], ${codes}::text[],
        ${fresh.map((item) => item.row.points)}::int[], ${fresh.map(() => randomUUID())}::text[])
        AS i(id, user_id, number, phone, name, token, code, points, entry_id)
    ), member AS (
      INSERT INTO "Member" (id, "businessId", "userId", number, "tierId", phone, "displayName", "marketingConsent", "emailPreferences",
        "unsubscribeToken", "referralCode", balance, "lifetimeEarned", "joinedAt", "lastActivityAt", "createdAt", "updatedAt")
      SELECT i.id, ${businessId}, i.user_id, i.number, ${context.entryTierId}, i.phone, i.name, false, ${NO_MARKETING}::jsonb,
        i.token, i.code, i.points, i.points, ${context.now}::timestamp(3), ${context.now}::timestamp(3), ${context.now}::timestamp(3), now()
      FROM input i
      RETURNING id
    ), entry AS (
      INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "lotExpiresAt", "actorUserId", reason, "idempotencyKey", "createdAt")
      SELECT i.entry_id, ${businessId}, i.id, 'BONUS', i.points, ${context.lotExpiresAt}::timestamp(3), ${context.actorUserId},
        ${context.reason}, 'import/' || i.id, ${context.now}::timestamp(3)
      FROM input i WHERE i.points > 0
      RETURNING id, "memberId", points, "createdAt"
    ), lot AS (
      INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
      SELECT e.id, ${businessId}, e."memberId", e.points, ${context.lotExpiresAt}::timestamp(3), NULL, NULL, e."createdAt" FROM entry e
    )
    INSERT INTO "TierChange" (id, "businessId", "memberId", "toTierId", reason, at)
    SELECT gen_random_uuid()::text, ${businessId}, i.id, ${context.entryTierId}, 'Imported', ${context.now}::timestamp(3)
    FROM input i WHERE ${context.entryTierId}::text IS NOT NULL`;

  result.imported += fresh.length;
  result.points += fresh.reduce((sum, item) => sum + item.row.points, 0);
  result.firstNumber ??= numbers[0]!;
  result.lastNumber = numbers.at(-1)!;
}

/** Codes unique in the business: drawn at random, the few that collide drawn again. */
async function referralCodes(tx: Tx, businessId: string, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, () => randomCode(8));
  for (let round = 0; ; round++) {
    const seen = new Set<string>();
    const clashes = new Set(
      (await tx.rows<{ code: string }>`
        SELECT "referralCode" AS code FROM "Member" WHERE "businessId" = ${businessId} AND "referralCode" = ANY(${codes}::text[])`).map((row) => row.code),
    );
    let redrawn = 0;
    codes.forEach((code, index) => {
      if (clashes.has(code) || seen.has(code)) {
        codes[index] = randomCode(8);
        redrawn += 1;
      } else {
        seen.add(code);
      }
    });
    if (redrawn === 0) return codes;
    if (round > 10) throw new Error("Could not draw unique referral codes");
  }
}

function randomCode(length: number): string {
  let code = "";
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= 248) continue; // 248 = 8 × 31: rejection keeps every letter equally likely
      code += REFERRAL_ALPHABET[byte % REFERRAL_ALPHABET.length];
      if (code.length === length) break;
    }
  }
  return code;
}
