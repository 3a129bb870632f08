// Analytics reads run one statement each on the shared pg pool (not Prisma): they are
// hand-written aggregates, and several of them run side by side for one page (Promise.all),
// each on its own pooled connection. Parameters only, through lib/db/sql.ts.
import "server-only";
import { pool } from "@/lib/db/client";
import { sqlOn, type Sql } from "@/lib/db/sql";

/**
 * A read-only transaction with room for the per-member hash aggregates (100,000 members take
 * ~10 MB; the default 4 MB would spill them to disk), without parallel workers (a page already
 * runs its aggregates side by side, one core each, and workers would only compete with them
 * for the same cores) and planned for the values at hand: lib/db/sql.ts prepares every
 * statement, and a generic plan would guess at the period, the limits and the time buckets,
 * where planning costs a fraction of a millisecond against a scan of thousands of rows.
 *
 * `memberOrder`: the statement reads purchases member by member from the member-ordered
 * index, and sorting is off so the planner cannot swap that for reading the period by date
 * and sorting it, which it prices at a fraction of its cost: on the bench café, sorting the
 * 218,000 purchases behind a 30-day overview by member takes ~90 ms of CPU, reading all three
 * years' 1.5 million in index order ~80 (the activity query: 240 ms sorted, 155 in index
 * order). Sorts that nothing can replace (top N) still run.
 */
export async function withAnalyticsSql<T>(work: (sql: Sql) => Promise<T>, plan: { memberOrder?: boolean } = {}): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY");
    await client.query(
      "SELECT set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_sort', $1, true)",
      [plan.memberOrder ? "off" : "on"],
    );
    const result = await work(sqlOn(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The rows of one read-only aggregate. */
export function analyticsRows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  return withAnalyticsSql((sql) => sql.rows<T>(strings, ...values));
}

/** The single row of one aggregate (aggregates without GROUP BY always return one). */
export async function analyticsRow<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> {
  return single(await analyticsRows<T>(strings, ...values));
}

/** analyticsRow for a pass over purchases in member order (see withAnalyticsSql). */
export async function memberOrderRow<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> {
  return single(await withAnalyticsSql((sql) => sql.rows<T>(strings, ...values), { memberOrder: true }));
}

function single<T>(rows: T[]): T {
  if (!rows[0]) throw new Error("analytics: an aggregate returned no row");
  return rows[0];
}
