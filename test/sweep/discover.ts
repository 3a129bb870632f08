// Finds every server action and route handler the app exposes, by reading the source tree
// the way Next does: each module whose first statement is "use server" exports only actions
// (STYLE.md), and each app/**/route.ts exports its HTTP methods.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", "generated", ".next", ".data"]);

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith(".next")) return [];
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(relative) : [relative];
  });
}

const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/** Modules whose first statement is "use server", under app/ and lib/ (tests excluded). */
export function serverActionModules(): string[] {
  return ["app", "lib"]
    .flatMap(walk)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && DIRECTIVE.test(readFileSync(path.join(root, file), "utf8")))
    .sort();
}

export function routeModules(): string[] {
  return walk("app")
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .sort();
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** "app/api/v1/members/[id]/route.ts" → "/api/v1/members/[id]" (route groups dropped). */
export function routePath(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((segment) => !/^\(.*\)$/.test(segment));
  return "/" + segments.join("/");
}
