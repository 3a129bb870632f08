// Development and self-host trial secrets: generated once into .data/secrets.json so a fresh
// clone runs without configuration, and stable across restarts so sessions survive them.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "./embedded";

type LocalSecrets = { AUTH_SECRET: string; CRON_SECRET: string };

export function loadLocalSecrets(): LocalSecrets {
  const file = path.join(dataDirectory(), "secrets.json");
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>;
    if (stored.AUTH_SECRET && stored.CRON_SECRET) return stored as LocalSecrets;
  }
  const secrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CRON_SECRET: randomBytes(32).toString("base64url"),
  };
  mkdirSync(dataDirectory(), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
