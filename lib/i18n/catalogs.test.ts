// The catalogs stay complete and in step with English and with the code.
//
// messages/<locale>/<namespace>.json, English (en) is the reference:
//   - member-facing namespaces (every one not starting with "admin") are complete in all four
//     languages; admin* namespaces are complete in Romanian (the others fall back to English);
//   - no catalog has a key English lacks, or a namespace file English lacks;
//   - every message parses as ICU and uses the same placeholders and tags as English; plurals
//     use the language's own categories (ro: one/few/other), all of them once they use any;
//   - every English key is used by the code, and every key the code uses exists.
// How the code is read, and how to declare keys built at run time (// i18n-keys: ns.a ns.b),
// is explained at the top of lib/i18n/key-usage.ts and in CONTRIBUTING.md ("Languages").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { keysUsedIn, sourceFiles } from "./key-usage";
import { adminLocales, defaultLocale, locales, type Locale } from "./locales";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MESSAGES = path.join(ROOT, "messages");

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat, file: string) {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into, file);
  } else throw new Error(`${file}: ${prefix} is neither a message nor a group`);
}

function catalog(locale: Locale): Map<string, Flat> {
  const namespaces = new Map<string, Flat>();
  for (const file of readdirSync(path.join(MESSAGES, locale)).filter((name) => name.endsWith(".json"))) {
    const flat: Flat = new Map();
    const full = path.join(MESSAGES, locale, file);
    flatten(JSON.parse(readFileSync(full, "utf8")), file.slice(0, -5), flat, full);
    namespaces.set(file.slice(0, -5), flat);
  }
  return namespaces;
}

const english = catalog(defaultLocale);
const others = locales.filter((locale) => locale !== defaultLocale);
const mustBeComplete = (namespace: string, locale: Locale) => !namespace.startsWith("admin") || adminLocales.includes(locale);

/** Argument names and tags of a message, e.g. ["count", "business", "<strong>"]. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

/** Plurals whose categories do not fit the language, as readable complaints. */
function pluralProblems(elements: MessageFormatElement[], locale: Locale, problems: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.tag) pluralProblems(element.children, locale, problems);
    if (element.type !== TYPE.plural && element.type !== TYPE.select) continue;
    if (element.type === TYPE.plural) {
      const allowed = new Intl.PluralRules(locale, { type: element.pluralType }).resolvedOptions().pluralCategories as string[];
      const used = Object.keys(element.options).filter((key) => !key.startsWith("="));
      const foreign = used.filter((key) => !allowed.includes(key));
      if (foreign.length > 0) problems.push(`{${element.value}} uses ${foreign.join(", ")}, not a ${locale} category (${allowed.join(", ")})`);
      if (used.some((key) => key !== "other") && allowed.some((key) => !used.includes(key))) {
        problems.push(`{${element.value}} needs every ${locale} category: ${allowed.join(", ")}`);
      }
    }
    for (const option of Object.values(element.options)) pluralProblems(option.value, locale, problems);
  }
  return problems;
}

function parsed(message: string): MessageFormatElement[] {
  return parse(message, { requiresOtherClause: true });
}

describe("message catalogs", () => {
  it.each(others)("%s has every key English has where it must, and none English lacks", (locale) => {
    const problems: string[] = [];
    const own = catalog(locale);
    for (const [namespace, keys] of own) {
      if (!english.has(namespace)) problems.push(`${namespace}.json exists in ${locale} but not in en`);
      for (const key of keys.keys()) if (!english.get(namespace)?.has(key)) problems.push(`extra key ${key}`);
    }
    for (const [namespace, keys] of english) {
      if (!mustBeComplete(namespace, locale)) continue;
      for (const key of keys.keys()) if (!own.get(namespace)?.has(key)) problems.push(`missing key ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(locales)("every %s message parses, keeps English's placeholders and uses the language's plural forms", (locale) => {
    const problems: string[] = [];
    for (const [namespace, keys] of catalog(locale)) {
      for (const [key, message] of keys) {
        try {
          const elements = parsed(message);
          problems.push(...pluralProblems(elements, locale).map((problem) => `${key}: ${problem}`));
          const reference = english.get(namespace)?.get(key);
          if (reference === undefined || locale === defaultLocale) continue;
          const want = [...placeholders(parsed(reference))].sort();
          const got = [...placeholders(elements)].sort();
          if (want.join() !== got.join()) problems.push(`${key}: placeholders ${got.join(", ")} instead of ${want.join(", ")}`);
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  const known = new Set([...english.values()].flatMap((keys) => [...keys.keys()]));
  const uses = sourceFiles(ROOT).flatMap((file) => keysUsedIn(path.relative(ROOT, file), readFileSync(file, "utf8"), known));

  it("uses every English key somewhere in the code", () => {
    const used = new Set(uses.map((use) => use.key));
    expect([...known].filter((key) => !used.has(key)).sort()).toEqual([]);
  });

  it("finds every key the code uses in the English catalog", () => {
    const missing = uses.filter((use) => !known.has(use.key)).map((use) => `${use.file}: ${use.key} (${use.how})`);
    expect([...new Set(missing)].sort()).toEqual([]);
  });
});

describe("the code reader", () => {
  const known = new Set(["portal.title", "portal.nav.home", "errors.generic", "errors.loyalty.expired", "email.subject", "landing.hero"]);
  it("follows bindings, full-key literals and declarations", () => {
    const source = `
      // i18n-keys: errors.loyalty.expired
      function helper(t) { return t("hero"); }
      export async function Page() {
        const [t, locale] = await Promise.all([getTranslations("portal"), getLocale()]);
        const tAll = await getTranslations();
        const e = createTranslator({ locale, messages, namespace: "email" });
        throw new UserError("x", { key: "errors.generic" });
        return t("title") + t.rich("nav.home", {}) + tAll("portal.title") + e("subject") + t(\`status.\${s}\`);
      }
      function Landing() { const t = useTranslations("landing"); }`;
    const keys = keysUsedIn("x.tsx", source, known).map((use) => `${use.how}:${use.key}`).sort();
    expect(keys).toEqual([
      "call:email.subject",
      "call:portal.hero",
      "call:portal.nav.home",
      "call:portal.title",
      "call:portal.title",
      "declared:errors.loyalty.expired",
      "literal:errors.generic",
      "literal:portal.title",
    ]);
  });
});
