// The bench café's three years of history, written set-based (INSERT … SELECT generate_series)
// so 100,000 members and ~2,000,000 ledger entries load in a few minutes on 2 cores.
//
// Member i draws its parameters from hashes of i (the same data on every run): joined up to
// three years ago, a usual gap of 4–60 days between visits (most come often), k visits
// (at most 28) evenly spread until they stop (half of them stop early), p points per
// purchase, and whether they redeem. A redeemer redeems after every 4th purchase, spending
// exactly the 4 lots those purchases created; every other lot — the signup bonus included —
// expires 365 days after it was earned. So each debit is covered by
// whole lots, LedgerLot.remaining = points − allocations, and balance = SUM(points) holds
// (checked by ledgerChecks below).
import type pg from "pg";

export type SeedShape = { businessId: string; rewardIds: string[]; tierIds: string[]; members: number; now: Date };

const BULK_TABLES = ["Member", "Purchase", "Redemption", "LedgerEntry", "LedgerLot", "LedgerAllocation", "EmailMessage"];

/** pg_temp.r(i, salt): a stable pseudo-random number in [0, 1) for member i. */
const RANDOM = `CREATE FUNCTION pg_temp.r(i int, salt text) RETURNS float8 IMMUTABLE LANGUAGE sql
  AS $$ SELECT (hashtext(i::text || salt) & 2147483647)::float8 / 2147483648 $$`;

export async function seedAnalyticsBench(client: pg.Client, shape: SeedShape, log: (line: string) => void): Promise<void> {
  const { businessId, now } = shape;
  const at = now.toISOString();
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(text, values);
    log(`  ${label.padEnd(28)} ${String(result.rowCount ?? "").padStart(9)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(RANDOM);
  await client.query("SET maintenance_work_mem = '256MB'");
  await client.query("SET work_mem = '64MB'");
  const restore = await dropForBulkLoad(client);

  await step("member plan", `
    CREATE TEMP TABLE bm AS
    WITH base AS (
      SELECT i, 'bm' || i AS id,
        $2::timestamp - make_interval(secs => 1095 * 86400 * pg_temp.r(i, 'join')) - interval '3 hours' AS joined_at,
        pg_temp.r(i, 'churn') < 0.5 AS churned, 0.05 + 0.5 * pg_temp.r(i, 'span') AS span_share,
        4 + 56 * power(pg_temp.r(i, 'gap'), 1.5) AS gap_days, 10 + floor(pg_temp.r(i, 'p') * 31)::int AS p,
        pg_temp.r(i, 'redeem') < 0.6 AS wants_to_redeem
      FROM generate_series(1, $1::int) i
    ), spans AS (
      SELECT *, ($2::timestamp - interval '2 hours' - joined_at) * CASE WHEN churned THEN span_share ELSE 1 END AS span FROM base
    ), counts AS (
      SELECT *, GREATEST(1, LEAST(28, floor(extract(epoch FROM span) / 86400 / gap_days)::int)) AS k FROM spans
    )
    SELECT i, id, joined_at, k, p, span / k AS gap,
      wants_to_redeem AND k >= 4 AND span / k < interval '90 days' AS redeemer,
      CASE WHEN k > 24 THEN 2 WHEN k > 12 THEN 1 ELSE 0 END AS tier
    FROM counts`, [shape.members, at]);

  await step("entry plan", `
    CREATE TEMP TABLE be AS
    SELECT 'B' || i AS id, id AS member_id, 'BONUS' AS kind, 25 AS points, joined_at AS created_at,
      joined_at + interval '365 days' AS expires_at, NULL::text AS purchase_id, NULL::text AS redemption_id, false AS redeemed
    FROM bm
    UNION ALL
    SELECT 'E' || i || '_' || j, id, 'EARN', p, joined_at + gap * j, joined_at + gap * j + interval '365 days',
      'P' || i || '_' || j, NULL, redeemer AND j <= 4 * (k / 4)
    FROM bm, generate_series(1, k) j
    UNION ALL
    SELECT 'R' || i || '_' || j, id, 'REDEEM', -4 * p, joined_at + gap * j + interval '1 hour', NULL, NULL, 'V' || i || '_' || j, false
    FROM bm, generate_series(4, k, 4) j WHERE redeemer`);
  await step("expiry plan", `
    INSERT INTO be SELECT 'X' || id, member_id, 'EXPIRE', -points, expires_at, NULL, NULL, NULL, false
    FROM be WHERE kind IN ('BONUS', 'EARN') AND NOT redeemed AND expires_at <= $1::timestamp`, [at]);

  await step("Member", `
    INSERT INTO "Member" (id, "businessId", number, "tierId", "joinedAt", "displayName", "marketingConsent", "unsubscribeToken",
      "referralCode", balance, "lifetimeEarned", "lifetimeSpent", "lastActivityAt", "createdAt", "updatedAt")
    SELECT bm.id, $1, bm.i, ($2::text[])[bm.tier + 1], bm.joined_at, 'Bench member ' || bm.i, bm.i % 3 <> 0, 'u' || bm.i, 'R' || bm.i,
      s.balance, s.earned, s.spent, bm.joined_at + bm.gap * bm.k, bm.joined_at, $3::timestamp
    FROM bm JOIN (
      SELECT member_id, SUM(points) AS balance, SUM(points) FILTER (WHERE points > 0) AS earned,
        COALESCE(-SUM(points) FILTER (WHERE kind = 'REDEEM'), 0) AS spent
      FROM be GROUP BY member_id
    ) s ON s.member_id = bm.id`, [businessId, shape.tierIds, at]);

  await step("Purchase (members)", `
    INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt", "createdAt")
    SELECT e.purchase_id, $1, e.member_id, e.points * 1000 + (hashtext(e.id) & 7) * 100, 'PHP', e.purchase_id, e.created_at, e.created_at
    FROM be e WHERE e.kind = 'EARN'`, [businessId]);
  await step("Purchase (non-members)", `
    INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt", "createdAt")
    SELECT 'N' || n, $1, NULL, 9000 + floor(pg_temp.r(n, 'amount') * 40000)::int, 'PHP', 'N' || n,
      $2::timestamp - make_interval(secs => 730 * 86400 * pg_temp.r(n, 'at')) - interval '1 hour',
      $2::timestamp - make_interval(secs => 730 * 86400 * pg_temp.r(n, 'at')) - interval '1 hour'
    FROM generate_series(1, (SELECT (COUNT(*) * 8 / 92)::int FROM be WHERE kind = 'EARN')) n`, [businessId, at]);
  await step("Redemption", `
    INSERT INTO "Redemption" (id, "businessId", "memberId", "rewardId", points, code, status, "expiresAt", "usedAt", "createdAt")
    SELECT e.redemption_id, $1, e.member_id, ($2::text[])[1 + (hashtext(e.id) & 2147483647) % array_length($2::text[], 1)], -e.points,
      e.redemption_id, 'USED', e.created_at + interval '30 days', e.created_at + interval '30 minutes', e.created_at
    FROM be e WHERE e.kind = 'REDEEM'`, [businessId, shape.rewardIds]);
  await step("LedgerEntry", `
    INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "lotExpiresAt", "availableAt", "purchaseId", "redemptionId", "createdAt")
    SELECT e.id, $1, e.member_id, e.kind::"LedgerKind", e.points,
      CASE WHEN e.points > 0 THEN e.expires_at END, CASE WHEN e.points > 0 THEN e.created_at END,
      e.purchase_id, e.redemption_id, e.created_at
    FROM be e ORDER BY e.created_at`, [businessId]);
  await step("LedgerLot", `
    INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
    SELECT e.id, $1, e.member_id, CASE WHEN e.redeemed OR e.expires_at <= $2::timestamp THEN 0 ELSE e.points END,
      e.expires_at, e.created_at, e.purchase_id, e.created_at
    FROM be e WHERE e.points > 0`, [businessId, at]);
  await step("LedgerAllocation (redeem)", `
    INSERT INTO "LedgerAllocation" (id, "businessId", "debitId", "lotId", points, "createdAt")
    SELECT 'A' || bm.i || '_' || j || '_' || q, $1, 'R' || bm.i || '_' || j, 'E' || bm.i || '_' || (j - q), bm.p,
      bm.joined_at + bm.gap * j + interval '1 hour'
    FROM bm, generate_series(4, bm.k, 4) j, generate_series(0, 3) q WHERE bm.redeemer`, [businessId]);
  await step("LedgerAllocation (expiry)", `
    INSERT INTO "LedgerAllocation" (id, "businessId", "debitId", "lotId", points, "createdAt")
    SELECT 'A' || e.id, $1, e.id, substr(e.id, 2), -e.points, e.created_at FROM be e WHERE e.kind = 'EXPIRE'`, [businessId]);
  await step("EmailMessage (sent)", `
    INSERT INTO "EmailMessage" (id, "businessId", "memberId", kind, "dedupeKey", "toEmail", subject, payload, status, "sentAt", "createdAt")
    SELECT 'M' || n, $1, 'bm' || (1 + n % $3::int), 'thank-you', 'bench/' || n, 'member@bench.local', 'Thank you', '{}', 'SENT',
      $2::timestamp - make_interval(secs => 730 * 86400 * pg_temp.r(n, 'mail')),
      $2::timestamp - make_interval(secs => 730 * 86400 * pg_temp.r(n, 'mail'))
    FROM generate_series(1, $3::int / 2) n`, [businessId, at, shape.members]);
  await client.query("DROP TABLE bm, be");
  const started = performance.now();
  await restore();
  log(`  ${"indexes and foreign keys".padEnd(28)} ${"".padStart(9)}       ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A bulk load the way pg_restore does it: secondary indexes and foreign keys go first and come
 * back at the end from their own definitions — one sorted build per index and one validating
 * join per key, instead of a trigger and an index insert per row. The restored ones are the
 * real ones, so the bench queries meet the production indexes and the data is re-checked.
 */
async function dropForBulkLoad(client: pg.Client): Promise<() => Promise<void>> {
  const keys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1::text[])`,
    [BULK_TABLES.map((table) => `"${table}"`)],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
     WHERE schemaname = current_schema() AND tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  if (keys.rows.length === 0) throw new Error("bench seed: found no foreign keys to drop (table names changed?)");
  for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.name}"`);
  return async () => {
    for (const index of indexes.rows) await client.query(index.definition);
    for (const key of keys.rows) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
  };
}

/** DESIGN.md §4's balance invariant and the lot cache, over the whole bench business. */
export async function ledgerChecks(client: pg.Client, businessId: string): Promise<{ balanceMismatches: number; lotMismatches: number; uncoveredDebits: number }> {
  const { rows } = await client.query<{ balance: number; lots: number; uncovered: number }>(
    `SELECT
       (SELECT COUNT(*) FROM "Member" m LEFT JOIN (SELECT "memberId", SUM(points) AS total FROM "LedgerEntry" WHERE "businessId" = $1 GROUP BY 1) l
          ON l."memberId" = m.id WHERE m."businessId" = $1 AND m.balance <> COALESCE(l.total, 0))::int AS balance,
       (SELECT COUNT(*) FROM "LedgerLot" c JOIN "LedgerEntry" e ON e.id = c."entryId"
          LEFT JOIN (SELECT "lotId", SUM(points) AS used FROM "LedgerAllocation" WHERE "businessId" = $1 GROUP BY 1) a ON a."lotId" = c."entryId"
          WHERE c."businessId" = $1 AND c.remaining <> e.points - COALESCE(a.used, 0))::int AS lots,
       (SELECT COUNT(*) FROM "LedgerEntry" d
          LEFT JOIN (SELECT "debitId", SUM(points) AS used FROM "LedgerAllocation" WHERE "businessId" = $1 GROUP BY 1) a ON a."debitId" = d.id
          WHERE d."businessId" = $1 AND d.points < 0 AND COALESCE(a.used, 0) <> -d.points)::int AS uncovered`,
    [businessId],
  );
  const row = rows[0]!;
  return { balanceMismatches: row.balance, lotMismatches: row.lots, uncoveredDebits: row.uncovered };
}
