// Bookkeeping writes on the till's hot path (the POS API's rate-limit counters, Idempotency-Key
// claims and stored answers, lastUsedAt, webhook queueing; the per-member and per-staff abuse
// counters of lib/security/limits.ts) commit without waiting for the WAL flush. On the
// 2-core machine an fdatasync takes 3–4 ms, and a purchase used to wait for four of them in
// a row (counter, claim, the engine's own commit, stored answer); now only the engine's
// commit waits, like the raw-SQL baseline's (bench/api.ts).
//
// What it risks: a database crash (not an app crash) may forget such a write committed in
// the last few hundred milliseconds (at most 3 × wal_writer_delay), unless a synchronous
// commit came after it, which flushes all WAL before it (the engine's commit does, for the
// claim of its own request). Visibility to other sessions and instances is immediate, so
// counters and claims are shared as before; a forgotten counter only lets a few more requests
// through, and a forgotten stored answer leaves the claim to be taken over after a minute
// (http-idempotency.ts), where the engine's own keys and the receipt id keep the retry from
// applying twice.
//
// set_config(…, true) is local to the statement's own transaction and read at its commit, so
// joining this into an autocommit statement costs no extra round trip.
export const ASYNC_COMMIT = `(SELECT set_config('synchronous_commit', 'off', true)) AS async_commit`;
