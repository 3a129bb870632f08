import "server-only";

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { defaultLocale, type Locale } from "./locales";

// Catalogs live in messages/<locale>/<namespace>.json, one file per area (portal, join,
// adminRewards, …) so areas are translated and reviewed independently. A namespace's messages
// are read as messages[<namespace>]; English is loaded underneath every other language, so a
// string not translated yet (the admin area outside en/ro) shows in English, never as a key.
export type Messages = Record<string, Record<string, unknown>>;

const MESSAGES_DIR = path.join(process.cwd(), "messages");
const cache = new Map<Locale, Messages>();

function readCatalog(locale: Locale): Messages {
  const dir = path.join(MESSAGES_DIR, locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    messages[file.slice(0, -".json".length)] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  return messages;
}

function mergeOver(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] =
      value && typeof value === "object" && under && typeof under === "object"
        ? mergeOver(under as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return merged;
}

export function loadMessages(locale: Locale): Messages {
  // Development re-reads the files so an edited catalog shows at once.
  const cached = process.env.NODE_ENV !== "development" ? cache.get(locale) : undefined;
  if (cached) return cached;
  const own = readCatalog(locale);
  const messages = locale === defaultLocale ? own : (mergeOver(readCatalog(defaultLocale), own) as Messages);
  cache.set(locale, messages);
  return messages;
}
