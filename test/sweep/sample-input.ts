// A valid-looking input for an action's zod schema, aimed at a victim business: `slug` is its
// slug, every id field holds a real id of its rows (chosen by the field's name, or the
// array it sits in: tiers[].id is a tier id), `code` one of its voucher codes. Other fields
// get the simplest value their schema accepts. Actions this cannot satisfy get an entry in
// the sweep's INPUTS table; the sweep fails for an action whose input never validates.
type Schema = {
  _zod: { def: Record<string, unknown> & { type: string } };
  shape?: Record<string, Schema>;
  format?: string | null;
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: unknown[];
};

export type VictimIds = { slug: string; code: string; email: string; ids: Record<string, string>; fallbackId: string };

const NOUNS: [RegExp, string][] = [
  [/^(staff)?role$/i, "staffRole"],
  [/^staff(user)?$|^user$|^actoruser$/i, "user"],
  [/^(apikey|key)$/i, "apiKey"],
  [/^(endpoint|webhook|webhookendpoint)$/i, "endpoint"],
  [/^(redemption|voucher)$/i, "redemption"],
  [/^(punchcard|card)$/i, "punchCard"],
  [/^(loyaltyaction|action)$/i, "loyaltyAction"],
  [/^(importjob|job)$/i, "importJob"],
  [/^(rewardimage|image)$/i, "rewardImage"],
  [/^(note|membernote)$/i, "memberNote"],
  [/^(ledgerentry|entry)$/i, "ledgerEntry"],
];

export function nounOf(key: string): string {
  const base = key.replace(/Ids?$/, "").replace(/ies$/, "y").replace(/s$/, "");
  for (const [pattern, noun] of NOUNS) if (pattern.test(base)) return noun;
  return base.charAt(0).toLowerCase() + base.slice(1);
}

function idFor(key: string, parent: string | undefined, victim: VictimIds): string {
  const noun = key === "id" && parent ? nounOf(parent) : nounOf(key);
  return victim.ids[noun] ?? victim.fallbackId;
}

const isIdKey = (key: string) => key === "id" || /[a-z]Id$/.test(key);

function stringFor(schema: Schema, key: string, parent: string | undefined, victim: VictimIds): string {
  if (key === "slug") return victim.slug;
  if (isIdKey(key)) return idFor(key, parent, victim);
  switch (schema.format) {
    case "email":
      return victim.email;
    case "uuid":
    case "guid":
      return crypto.randomUUID();
    case "url":
      return "https://example.com/sweep";
    case "datetime":
      return new Date().toISOString();
    case "date":
      return new Date().toISOString().slice(0, 10);
  }
  if (/code$/i.test(key)) return victim.code;
  if (/At$/.test(key)) return "2030-01-15T10:00";
  if (/(Date|^date|day)$/.test(key)) return "2030-01-15";
  if (/key$/i.test(key)) return "sweep-key";
  if (/email/i.test(key)) return victim.email;
  if (/url$/i.test(key)) return "https://example.com/sweep";
  if (key === "query") return victim.email;
  const text = /reason|message|body|text|note/i.test(key) ? "Sweep test entry written by the authorization sweep" : "Sweep";
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 500;
  return text.padEnd(min, "x").slice(0, max);
}

function leadsToId(schema: Schema, key: string, depth = 0): boolean {
  if (isIdKey(key) || key === "slug" || /code$/i.test(key)) return true;
  if (depth > 6) return false;
  const def = schema._zod.def;
  const inner = (def.innerType ?? def.in ?? def.element) as Schema | undefined;
  if (inner) return leadsToId(inner, key, depth + 1);
  const shape = def.type === "object" ? ((schema.shape ?? def.shape) as Record<string, Schema>) : undefined;
  return shape ? Object.entries(shape).some(([field, value]) => leadsToId(value, field, depth + 1)) : false;
}

/** The value `schema` should get for field `key` (inside `parent`, an array or object key). */
export function sampleInput(schema: Schema, victim: VictimIds, key = "", parent?: string): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case "object": {
      const shape = (schema.shape ?? (def.shape as Record<string, Schema>)) ?? {};
      return Object.fromEntries(Object.entries(shape).map(([field, inner]) => [field, sampleInput(inner, victim, field, key || parent)]));
    }
    case "string":
      return stringFor(schema, key, parent, victim);
    case "number": {
      if (/amount|minor|price|cost/i.test(key)) return Math.max(schema.minValue ?? 1, 1000);
      if (/Bp$/.test(key)) return Math.min(schema.maxValue ?? 20_000, 20_000);
      const floor = /threshold|rank|position|offset|order/i.test(key) ? 0 : 1;
      const low = schema.minValue ?? floor;
      const value = Number.isFinite(low) ? Math.max(low, floor) : floor;
      return schema.maxValue != null && Number.isFinite(schema.maxValue) ? Math.min(value, schema.maxValue) : value;
    }
    case "int":
      return 1;
    case "boolean":
      return false;
    case "bigint":
      return BigInt(1);
    case "date":
      return new Date();
    case "enum":
      return (schema.options ?? Object.values(def.entries as Record<string, unknown>))[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "array": {
      const element = def.element as Schema;
      const min = (def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find((check) => check._zod.def.check === "min_length")?._zod.def.minimum ?? 0;
      // One element even when none is required, so ids nested in arrays reach the action.
      return Array.from({ length: Math.max(1, min) }, () => sampleInput(element, victim, key, parent));
    }
    case "tuple":
      return (def.items as Schema[]).map((item) => sampleInput(item, victim, key, parent));
    case "record":
      return {};
    // Left out (or null) unless they lead to an id: fewer cross-field rules to satisfy, and
    // every id still reaches the action.
    case "optional":
    case "default":
    case "prefault":
      return leadsToId(schema, key) ? sampleInput(def.innerType as Schema, victim, key, parent) : undefined;
    case "nullable":
      return leadsToId(schema, key) ? sampleInput(def.innerType as Schema, victim, key, parent) : null;
    case "nonoptional":
    case "readonly":
    case "catch":
      return sampleInput(def.innerType as Schema, victim, key, parent);
    case "pipe":
      return sampleInput(def.in as Schema, victim, key, parent);
    case "lazy":
      return sampleInput((def.getter as () => Schema)(), victim, key, parent);
    case "union":
      return sampleInput((def.options as Schema[])[0]!, victim, key, parent);
    case "intersection":
      return { ...(sampleInput(def.left as Schema, victim, key, parent) as object), ...(sampleInput(def.right as Schema, victim, key, parent) as object) };
    default:
      return undefined;
  }
}

/** Whether `input` passes `schema` (Standard Schema), and the issues when it does not. */
export async function validates(schema: unknown, input: unknown): Promise<{ ok: boolean; issues: string[] }> {
  const standard = (schema as { "~standard"?: { validate: (value: unknown) => unknown } })["~standard"];
  if (!standard) return { ok: false, issues: ["no standard schema"] };
  const result = (await standard.validate(input)) as { issues?: { message: string; path?: unknown[] }[] };
  return { ok: !result.issues, issues: (result.issues ?? []).map((issue) => `${(issue.path ?? []).join(".")}: ${issue.message}`) };
}
