// The admin members table: search, filters and keyset pagination that stay fast with 100,000
// members (bench/members-table.ts). Everything is one SQL statement over indexes:
// - search: name and email through the pg_trgm GIN indexes on lower(displayName) and
//   lower(User.email); a member number through the unique (businessId, number) index; phone
//   digits by substring over the business's members;
// - pages: keyset on (sort key, member number), the number breaking ties because it is unique
//   per business; "joined" sorts by the number itself, which follows joining order;
// - at-risk (DESIGN.md §6): at least two visits and no visit for more than twice the member's
//   usual gap, (last − first) / (visits − 1), from the Purchase (memberId, occurredAt) index,
//   computed only for candidates of the page, never in JavaScript.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberListQuery, MemberSort } from "./members-schemas";

export const MEMBERS_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

const SORT_KEY: Record<MemberSort, Prisma.Sql> = {
  joined: Prisma.sql`m.number`,
  // Never-seen members sort as the oldest activity.
  lastVisit: Prisma.sql`COALESCE(m."lastActivityAt", 'epoch'::timestamp)`,
  balance: Prisma.sql`m.balance`,
  earned: Prisma.sql`m."lifetimeEarned"`,
  spent: Prisma.sql`m."lifetimeSpent"`,
};

export type MemberListRow = {
  id: string;
  number: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: "ACTIVE" | "SUSPENDED" | "DELETED";
  tierName: string | null;
  balance: number;
  lifetimeEarned: number;
  lifetimeSpent: number;
  joinedAt: Date;
  lastActivityAt: Date | null;
  atRisk: boolean;
};

export type MemberListPage = {
  rows: MemberListRow[];
  /** Cursor of the next page (rows after the last shown), or null on the last page */
  next: string | null;
  /** Cursor of the previous page (rows before the first shown), or null on the first page */
  previous: string | null;
};

type Cursor = { key: number; number: number };

export async function listMembers(input: { businessId: string; query: MemberListQuery }, now = new Date()): Promise<MemberListPage> {
  const { businessId, query } = input;
  const backwards = !query.after && Boolean(query.before);
  const cursor = decodeCursor(backwards ? query.before : query.after);
  // Walking back reverses the order; the rows are put the right way round afterwards.
  const ascending = (query.dir === "asc") !== backwards;
  const direction = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const key = SORT_KEY[query.sort];

  const conditions: Prisma.Sql[] = [Prisma.sql`m."businessId" = ${businessId}`];
  // A search narrows the rows first (each branch through its own index); filters, sort and
  // keyset then apply to the few matches.
  const source = query.q ? searchSource(businessId, query.q) : Prisma.sql`"Member"`;
  if (query.tier) conditions.push(Prisma.sql`m."tierId" = ${query.tier}`);
  if (query.activity === "active30") conditions.push(Prisma.sql`m."lastActivityAt" >= ${sqlTime(new Date(now.getTime() - 30 * DAY_MS))}`);
  if (query.activity === "active90") conditions.push(Prisma.sql`m."lastActivityAt" >= ${sqlTime(new Date(now.getTime() - 90 * DAY_MS))}`);
  if (query.activity === "inactive") {
    conditions.push(Prisma.sql`(m."lastActivityAt" IS NULL OR m."lastActivityAt" < ${sqlTime(new Date(now.getTime() - 90 * DAY_MS))})`);
  }
  if (query.risk) conditions.push(atRisk(now));
  if (cursor) {
    const bound = query.sort === "lastVisit" ? sqlTime(new Date(cursor.key)) : Prisma.sql`${cursor.key}`;
    const after = ascending ? Prisma.sql`>` : Prisma.sql`<`;
    conditions.push(query.sort === "joined" ? Prisma.sql`m.number ${after} ${cursor.number}` : Prisma.sql`(${key}, m.number) ${after} (${bound}, ${cursor.number})`);
  }

  const fetched = await db.$queryRaw<(MemberListRow & { sortKey: number | Date })[]>`
    WITH page AS MATERIALIZED (
      SELECT m.id, m.number, ${key} AS sort_key
      FROM ${source} m
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${key} ${direction}, m.number ${direction}
      LIMIT ${MEMBERS_PAGE_SIZE + 1}
    )
    SELECT m.id, m.number, m."displayName" AS name, u.email, m.phone, m.status::text AS status, t.name AS "tierName",
      m.balance, m."lifetimeEarned", m."lifetimeSpent", m."joinedAt", m."lastActivityAt", page.sort_key AS "sortKey",
      COALESCE(${riskOf(now)}, false) AS "atRisk"
    FROM page
    JOIN "Member" m ON m.id = page.id
    LEFT JOIN "User" u ON u.id = m."userId"
    LEFT JOIN "Tier" t ON t.id = m."tierId"
    LEFT JOIN LATERAL (${visitStats}) v ON true
    ORDER BY page.sort_key ${direction}, page.number ${direction}`;

  const more = fetched.length > MEMBERS_PAGE_SIZE;
  const page = fetched.slice(0, MEMBERS_PAGE_SIZE);
  if (backwards) page.reverse();
  const rows = page.map(({ sortKey: _sortKey, ...row }) => row);
  const first = page[0];
  const last = page.at(-1);
  const cursorOf = (row: (typeof page)[number]) => encodeCursor({ key: keyValue(row.sortKey), number: row.number });
  return {
    rows,
    next: last && (backwards ? true : more) ? cursorOf(last) : null,
    previous: first && (backwards ? more : Boolean(cursor)) ? cursorOf(first) : null,
  };
}

/** Every member of the business, deleted (anonymised) ones included: an index-only count. */
export async function countMembers(businessId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Member" WHERE "businessId" = ${businessId}`;
  return row?.count ?? 0;
}

/** Visits of the member `m`: count, first and last purchase (an index-only scan per member). */
const visitStats = Prisma.sql`
  SELECT count(*)::int AS visits, min(p."occurredAt") AS first_at, max(p."occurredAt") AS last_at
  FROM "Purchase" p WHERE p."memberId" = m.id`;

function riskOf(now: Date): Prisma.Sql {
  // CASE, not AND: SQL does not promise to skip the division when there is a single visit.
  return Prisma.sql`(CASE WHEN v.visits >= 2 THEN
    EXTRACT(EPOCH FROM (${sqlTime(now)} - v.last_at)) > 2 * EXTRACT(EPOCH FROM (v.last_at - v.first_at)) / (v.visits - 1)
    ELSE false END)`;
}

function atRisk(now: Date): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM (${visitStats}) v WHERE ${riskOf(now)})`;
}

/**
 * The members matching a search, as a row source. Each branch uses its own index: trigram GIN
 * indexes for name, email and phone substrings, the unique number index for a member number.
 * The email branch looks each matching account's membership up by (businessId, userId) with a
 * LIMIT so the planner keeps it an index probe instead of hashing every member of the business.
 * Branches carry only the columns filters and sort keys read, so a broad term ("mar", 5% of
 * the members) dedupes narrow rows and nothing is fetched twice.
 */
function searchSource(businessId: string, raw: string): Prisma.Sql {
  const term = raw.trim().toLowerCase();
  const pattern = `%${escapeLike(term)}%`;
  const columns = (alias: string) =>
    Prisma.raw(["id", "businessId", "number", "tierId", "lastActivityAt", "balance", "lifetimeEarned", "lifetimeSpent"].map((column) => `${alias}."${column}"`).join(", "));
  const branches = [
    Prisma.sql`SELECT ${columns("m2")} FROM "User" u2
      CROSS JOIN LATERAL (SELECT * FROM "Member" m3 WHERE m3."businessId" = ${businessId} AND m3."userId" = u2.id LIMIT 1) m2
      WHERE lower(u2.email) LIKE ${pattern}`,
  ];
  const digits = term.replace(/\D/g, "");
  const phoneLike = /^[+\d\s().#-]+$/.test(term) && digits.length > 0;
  if (!phoneLike) {
    branches.push(Prisma.sql`SELECT ${columns("m2")} FROM "Member" m2 WHERE m2."businessId" = ${businessId} AND lower(m2."displayName") LIKE ${pattern}`);
  } else {
    if (digits.length <= 9) branches.push(Prisma.sql`SELECT ${columns("m2")} FROM "Member" m2 WHERE m2."businessId" = ${businessId} AND m2.number = ${Number(digits)}`);
    if (digits.length >= 4) {
      // A local number typed with its trunk 0 ("0917…") matches the stored "+63917…".
      const local = digits.replace(/^0+/, "") || digits;
      branches.push(Prisma.sql`SELECT ${columns("m2")} FROM "Member" m2 WHERE m2."businessId" = ${businessId} AND m2.phone LIKE ${`%${local}%`}`);
    }
  }
  return Prisma.sql`(SELECT DISTINCT ON (hit.id) hit.* FROM (${Prisma.join(branches, " UNION ALL ")}) hit)`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Timestamp columns hold UTC without a zone (Prisma's convention). */
function sqlTime(at: Date): Prisma.Sql {
  return Prisma.sql`${at.toISOString()}::timestamp`;
}

function keyValue(key: number | Date | bigint): number {
  if (key instanceof Date) return key.getTime();
  return Number(key);
}

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.key}.${cursor.number}`;
}

export function decodeCursor(value: string | undefined): Cursor | null {
  const match = value?.match(/^(-?\d{1,15})\.(\d{1,10})$/);
  if (!match) return null;
  return { key: Number(match[1]), number: Number(match[2]) };
}
