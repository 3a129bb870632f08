// Which catalog keys the code uses, found by reading the source (lib/i18n/catalogs.test.ts).
// The conventions it understands are listed in CONTRIBUTING.md ("Languages"):
//   1. a translator bound to a namespace, then called with a literal key:
//        const t = useTranslations("portal") / await getTranslations("portal")
//        const [t, x] = await Promise.all([getTranslations("portal"), …])
//        const t = createTranslator({ …, namespace: "email" })
//      and t("key"), t.rich("key", …), t.has("key"), t.markup("key", …); a translator bound
//      without a namespace takes full keys;
//   2. a full key written as a string literal anywhere ("errors.notAMember"), for keys passed
//      around as data (a UserError's key, a table of keys);
//   3. a comment for keys built at run time: // i18n-keys: portal.voucherStatus.USED portal.…
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export type KeyUse = { key: string; file: string; how: "call" | "literal" | "declared" };

const SOURCE_DIRS = ["app", "components", "lib", "i18n"];
const SKIP_DIRS = new Set(["node_modules", "generated"]);

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(full);
      } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        files.push(full);
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return files;
}

type Binding = { name: string; namespace: string; at: number };

const TRANSLATOR_CALL = /^(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:["'`]([\w.]+)["'`])?\s*\)$/;
const TRANSLATOR_OPTIONS = /^(?:await\s+)?(?:getTranslations|createTranslator)\(\s*\{[\s\S]*?\bnamespace:\s*["'`]([\w.]+)["'`][\s\S]*\}\s*\)$/;

function namespaceOf(expression: string): string | null {
  const trimmed = expression.trim();
  const direct = TRANSLATOR_CALL.exec(trimmed);
  if (direct) return direct[1] ?? "";
  const options = TRANSLATOR_OPTIONS.exec(trimmed);
  return options ? options[1]! : null;
}

/** The text from `start` (just after an opening bracket) to its matching closing bracket, split at top-level commas. */
function splitTopLevel(source: string, start: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = "";
  for (let i = start; i < source.length; i++) {
    const char = source[i]!;
    if (quote) {
      current += char;
      if (char === "\\") current += source[++i] ?? "";
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) {
      if (depth === 0) break;
      depth--;
    } else if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

function bindings(source: string): Binding[] {
  const found: Binding[] = [];
  for (const match of source.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*((?:await\s+)?(?:useTranslations|getTranslations|createTranslator)\()/g)) {
    const open = match.index + match[0].length;
    const args = splitTopLevel(source, open).join(",");
    const namespace = namespaceOf(`${match[2]}${args})`);
    if (namespace !== null) found.push({ name: match[1]!, namespace, at: match.index });
  }
  for (const match of source.matchAll(/\b(?:const|let)\s*\[([^\]]+)\]\s*=\s*await\s+Promise\.all\(\s*\[/g)) {
    const names = match[1]!.split(",").map((name) => name.trim());
    const expressions = splitTopLevel(source, match.index + match[0].length);
    names.forEach((name, index) => {
      const namespace = expressions[index] === undefined ? null : namespaceOf(expressions[index]!);
      if (/^\w+$/.test(name) && namespace !== null) found.push({ name, namespace, at: match.index });
    });
  }
  return found;
}

/** Every key the file uses by the three conventions; `known` tells full-key literals from other strings. */
export function keysUsedIn(file: string, text: string, known: Set<string>): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const match of text.matchAll(/^\s*(?:\/\/|\/\*|\*|\{\/\*)\s*i18n-keys:(.*)$/gm)) {
    for (const key of match[1]!.replace(/\*\/.*$/, "").trim().split(/\s+/).filter(Boolean)) uses.push({ key, file, how: "declared" });
  }
  // Whole-line comments are prose (examples included), not code: blanked, positions kept.
  const source = text.replace(/^\s*(?:\/\/|\/\*|\*).*$/gm, (line) => " ".repeat(line.length));
  for (const match of source.matchAll(/["'`]([A-Za-z][\w-]*(?:\.[\w-]+)+)["'`]/g)) {
    if (known.has(match[1]!)) uses.push({ key: match[1]!, file, how: "literal" });
  }
  const bound = bindings(source);
  for (const name of new Set(bound.map((binding) => binding.name))) {
    const ofName = bound.filter((binding) => binding.name === name).sort((a, b) => a.at - b.at);
    const call = new RegExp(`(?<![\\w.$])${name}(?:\\.(?:rich|markup|has|raw))?\\(\\s*["'\`]([^"'\`$]+)["'\`]`, "g");
    for (const match of source.matchAll(call)) {
      // The nearest binding above the call; a helper defined above its caller takes the first below.
      const binding = ofName.filter((candidate) => candidate.at < match.index).at(-1) ?? ofName[0]!;
      const key = binding.namespace ? `${binding.namespace}.${match[1]}` : match[1]!;
      uses.push({ key, file, how: "call" });
    }
  }
  return uses;
}
