// Every client component finds its messages in the browser: the namespaces a "use client"
// file reads (useTranslations("ns")) are among those its area sends (client-namespaces.ts).
// A file's area is its place under app/ ((admin), (portal), (marketing) and (auth) are the
// public area); a shared component takes the areas of every file that imports it, and one
// nobody under an area imports (the root error page) must work in all of them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, type ClientArea } from "./client-namespaces";
import { sourceFiles } from "./key-usage";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ALL_AREAS = Object.keys(CLIENT_NAMESPACES) as ClientArea[];

const files = sourceFiles(ROOT).map((file) => path.relative(ROOT, file));
const source = new Map(files.map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]));

function ownArea(file: string): ClientArea | null {
  if (file.startsWith("app/(admin)/")) return "admin";
  if (file.startsWith("app/(portal)/")) return "portal";
  if (file.startsWith("app/(marketing)/") || file.startsWith("app/(auth)/")) return "public";
  return null;
}

/** The project file an import specifier names, if it is one of ours. */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (source.has(candidate)) return candidate;
  }
  return null;
}

const importers = new Map<string, string[]>();
const imports = new Map<string, string[]>();
for (const [file, text] of source) {
  for (const match of text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    const target = resolveImport(file, match[1] ?? match[2]!);
    if (!target) continue;
    importers.set(target, [...(importers.get(target) ?? []), file]);
    imports.set(file, [...(imports.get(file) ?? []), target]);
  }
}

function areasOf(file: string, seen = new Set<string>()): Set<ClientArea> {
  const own = ownArea(file);
  if (own) return new Set([own]);
  if (seen.has(file)) return new Set();
  seen.add(file);
  const users = importers.get(file) ?? [];
  if (users.length === 0) return new Set(ALL_AREAS);
  return new Set(users.flatMap((user) => [...areasOf(user, seen)]));
}

/** "use client" files and everything they import: all of it runs in the browser too. */
function clientCode(): [string, string][] {
  const found = new Set([...source].filter(([, text]) => /^\s*["']use client["']/.test(text)).map(([file]) => file));
  const queue = [...found];
  while (queue.length > 0) {
    for (const target of imports.get(queue.shift()!) ?? []) {
      if (!found.has(target)) {
        found.add(target);
        queue.push(target);
      }
    }
  }
  return [...found].map((file) => [file, source.get(file)!]);
}

const clientFiles = clientCode();

describe("messages sent to client components", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it("sends every area the namespaces its client components read", () => {
    const problems: string[] = [];
    for (const [file, text] of clientFiles) {
      for (const match of text.matchAll(/\buse(Translations|Messages)\(([^)]*)\)/g)) {
        const argument = match[2]!.trim();
        const literal = /^["'`]([\w]+)(?:\.[\w.]+)?["'`]$/.exec(argument);
        if (match[1] === "Messages" || !literal) {
          problems.push(`${file}: ${match[0]} — name one namespace as a string literal so its area can send it`);
          continue;
        }
        for (const area of areasOf(file)) {
          if (!(CLIENT_NAMESPACES[area] as readonly string[]).includes(literal[1]!)) problems.push(`${file} reads "${literal[1]}", which the ${area} area does not send`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("places files in their areas", () => {
    expect([...areasOf("app/(portal)/portal/[slug]/rewards/redeem-button.tsx")]).toEqual(["portal"]);
    expect([...areasOf("components/admin/admin-nav.tsx")]).toEqual(["admin"]);
    expect([...areasOf("app/error.tsx")].sort()).toEqual([...ALL_AREAS].sort());
    expect([...areasOf("components/i18n/language-switcher.tsx")].length).toBeGreaterThan(1);
  });

  it("picks only the area's namespaces from a catalog", () => {
    const catalog = { common: { a: "A" }, errors: { b: "B" }, portal: { c: "C" }, adminShell: { d: "D" }, email: { e: "E" } };
    expect(clientMessages(catalog, "portal")).toEqual({ common: { a: "A" }, errors: { b: "B" }, portal: { c: "C" } });
    expect(Object.keys(clientMessages(catalog, "admin")).sort()).toEqual(["adminShell", "common", "errors"]);
  });
});
