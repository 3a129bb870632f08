// API keys are stored only as their SHA-256 (hex). A plain, unsalted hash is enough here: keys
// are long random strings, not passwords, and a deterministic hash lets a request's key be
// looked up with one indexed query on ApiKey.hash. Not marked server-only because the seed
// (run by tsx, outside Next) creates the demo key with it too.
import { createHash } from "node:crypto";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
