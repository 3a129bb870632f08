// What a new owner sends to create a business, and the rules of a business's web address
// (slug). Pure: the create form imports these to suggest and check a slug as the owner types.
import { z } from "zod";

import { locales } from "@/lib/i18n/locales";

export const SLUG_MIN = 3;
export const SLUG_MAX = 48;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Words that are, or may become, routes beside /admin/<slug>, /join/<slug> and
 * /portal/<slug> (e.g. /admin/new, /portal/profile), or that would read as ours.
 */
const RESERVED_SLUGS = new Set([
  "admin", "api", "app", "assets", "auth", "continue", "dashboard", "dev", "docs", "help", "join", "login",
  "logout", "new", "portal", "profile", "settings", "signin", "signout", "static", "suki", "support",
  "unsubscribe", "www",
]);

/** A readable web address from a business name: "Librăria Dor" → "libraria-dor". */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= SLUG_MAX) return base;
  // Cut at a word boundary so the address does not end in half a word.
  const cut = base.slice(0, SLUG_MAX);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash >= SLUG_MIN ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

export type SlugProblem = "short" | "long" | "format" | "reserved";

export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN) return "short";
  if (slug.length > SLUG_MAX) return "long";
  if (!SLUG_PATTERN.test(slug)) return "format";
  if (RESERVED_SLUGS.has(slug)) return "reserved";
  return null;
}

const SLUG_MESSAGES: Record<SlugProblem, string> = {
  short: `Use at least ${SLUG_MIN} characters.`,
  long: `Use at most ${SLUG_MAX} characters.`,
  format: "Use lowercase letters, digits and single hyphens (like kape-suki).",
  reserved: "That address is reserved. Pick another one.",
};

export const slugSchema = z
  .string()
  .trim()
  .superRefine((slug, ctx) => {
    const problem = slugProblem(slug);
    if (problem) ctx.addIssue({ code: "custom", message: SLUG_MESSAGES[problem] });
  });

/** An ISO 4217 code the runtime can format (Intl knows every active currency). */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return Intl.supportedValuesOf("currency").includes(code);
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows (aliases such as Europe/Kiev included). */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const businessNameSchema = z
  .string()
  .trim()
  .min(2, "Give your business a name of at least 2 characters.")
  .max(80, "Keep the name under 80 characters.");

export const currencySchema = z.string().trim().toUpperCase().refine(isKnownCurrency, "Pick a currency from the list.");
export const timeZoneSchema = z.string().trim().refine(isKnownTimeZone, "Pick a time zone from the list.");
export const businessLocaleSchema = z.enum(locales, { error: "Pick one of the languages offered." });

export const createBusinessSchema = z.object({
  name: businessNameSchema,
  slug: slugSchema,
  currency: currencySchema,
  timeZone: timeZoneSchema,
  locale: businessLocaleSchema,
});
export type CreateBusinessInput = z.input<typeof createBusinessSchema>;

export const checkSlugSchema = z.object({ slug: z.string().trim().max(200) });

export const ONBOARDING_MARKS = ["program", "staff", "poster"] as const;
export type OnboardingMark = (typeof ONBOARDING_MARKS)[number];

export const markOnboardingStepSchema = z.object({ slug: z.string().min(1).max(100), step: z.enum(ONBOARDING_MARKS) });
export const goLiveSchema = z.object({ slug: z.string().min(1).max(100) });
