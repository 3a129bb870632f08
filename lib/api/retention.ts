// How long the POS API keeps its bookkeeping rows (pruned hourly by lib/api/prune.ts). Kept
// apart from the pruning code so the OpenAPI document can state the first without the database.

/** An Idempotency-Key's stored answer is replayed for this long; after that the key is free. */
export const HTTP_IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * A member-card token use only has to outlive the token (accepted ~70 s after it is issued:
 * lib/loyalty/card-token.ts); an hour also covers app servers whose clocks disagree with the
 * database's.
 */
export const CARD_TOKEN_USE_RETENTION_SECONDS = 3600;
