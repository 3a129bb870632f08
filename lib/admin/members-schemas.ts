// Inputs of the members pages: the table's URL (search, filters, sort, cursor) and the member
// actions. Pure, so client forms share them.
import { z } from "zod";

export const MEMBER_SORTS = ["joined", "lastVisit", "balance", "earned", "spent"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const MEMBER_ACTIVITY = ["active30", "active90", "inactive"] as const;
export type MemberActivity = (typeof MEMBER_ACTIVITY)[number];

// searchParams values are string | string[] | undefined; the first value counts and anything
// malformed falls back to the default instead of failing the page.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (max: number) =>
  z.preprocess(first, z.string().trim().max(max).optional())
    .catch(undefined)
    .transform((value) => (value ? value : undefined));

export const memberListQuerySchema = z.object({
  q: text(100),
  tier: text(64),
  activity: z.preprocess(first, z.enum(MEMBER_ACTIVITY).optional()).catch(undefined),
  risk: z.preprocess(first, z.enum(["1"]).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(MEMBER_SORTS).default("joined")).catch("joined"),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).default("desc")).catch("desc"),
  after: text(200),
  before: text(200),
});
export type MemberListQuery = z.output<typeof memberListQuerySchema>;

const slug = z.string().trim().min(1).max(100);
const memberId = z.string().trim().min(1).max(64);

export const addMemberNoteSchema = z.object({
  slug,
  memberId,
  body: z.string().trim().min(1, { error: "Write a note first." }).max(2000, { error: "Keep notes under 2,000 characters." }),
});
export type AddMemberNoteInput = z.input<typeof addMemberNoteSchema>;

export const adjustMemberPointsSchema = z.object({
  slug,
  memberId,
  points: z
    .number({ error: "Enter a whole number of points." })
    .int({ error: "Enter a whole number of points." })
    .refine((value) => value !== 0, { error: "An adjustment must change the balance." })
    .refine((value) => Math.abs(value) <= 1_000_000, { error: "That is more points than any adjustment should move." }),
  reason: z.string().trim().min(3, { error: "Say why, in a few words." }).max(500),
  /** One per form submission, so a double click adjusts once */
  idempotencyKey: z.uuid(),
});
export type AdjustMemberPointsInput = z.input<typeof adjustMemberPointsSchema>;

export const sendPersonalNoteSchema = z.object({
  slug,
  memberId,
  message: z.string().trim().min(1, { error: "Write a message first." }).max(1000, { error: "Keep it under 1,000 characters." }),
  idempotencyKey: z.uuid(),
});
export type SendPersonalNoteInput = z.input<typeof sendPersonalNoteSchema>;
