// A small tagged-template SQL helper over one pg connection, for the loyalty engine's
// transactions. Values become $1…$n parameters (never spliced into the text). Timestamps follow
// Prisma's convention: columns are `timestamp(3)` holding UTC, so dates go out as UTC ISO
// strings and come back parsed as UTC, whatever the process's TZ.
import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";

const DATE = 1082;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === DATE) return (value: string) => new Date(`${value}T00:00:00Z`);
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    // Counts and sums fit in a double here (points and minor units are bounded by CHECKs).
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, (format ?? "text") as "text");
  },
};

export type Sql = {
  /** All rows of a query. */
  rows<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]>;
  /** The first row, or undefined. */
  one<T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T | undefined>;
  /** Runs a statement; returns the affected row count. */
  run(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
};

export function sqlOn(client: pg.PoolClient | pg.Client): Sql {
  const query = async (strings: TemplateStringsArray, values: unknown[]) => {
    const text = strings.reduce((sql, part, index) => sql + (index > 0 ? `$${index}` : "") + part, "");
    return client.query({ name: statementName(text), text, values: values.map(toParameter), types } as pg.QueryConfig);
  };
  return {
    rows: async <T>(strings: TemplateStringsArray, ...values: unknown[]) => (await query(strings, values)).rows as T[],
    one: async <T>(strings: TemplateStringsArray, ...values: unknown[]) => (await query(strings, values)).rows[0] as T | undefined,
    run: async (strings, ...values) => (await query(strings, values)).rowCount ?? 0,
  };
}

function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/**
 * Every statement is a named (prepared) one, keyed by its text: PostgreSQL parses it once per
 * connection and, after a few runs, reuses a generic plan. Planning was the larger part of the
 * engine's database time (the program-and-member-lock query took ~0.5 ms to plan and ~0.1 ms to
 * run; bench/api.ts, README). The texts come from template literals, so there are as many names
 * as call sites. A pooler in front of PostgreSQL must support protocol-level prepared statements
 * (PgBouncer 1.21+ in transaction mode).
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `sql_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}
