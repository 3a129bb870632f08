// `npm run audit:deps`: lists the versions in package-lock.json with known advisories, asking
// the configured registry's bulk advisory endpoint (the one `npm audit` uses), and checks that
// next and react are at or above the releases that fixed the advisories we know of (exit 1
// when not). A registry mirror without advisory data is said so, with exit 0: the framework
// check still runs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findings, lockedVersions, unpatched, type Advisory } from "../lib/ops/dependency-audit";

const root = path.resolve(import.meta.dirname, "..");

function registry(): string {
  try {
    return execFileSync("npm", ["config", "get", "registry"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().replace(/\/$/, "");
  } catch {
    return "https://registry.npmjs.org";
  }
}

async function advisories(versions: Record<string, string[]>): Promise<Record<string, Advisory[]> | string> {
  const url = `${registry()}/-/npm/v1/security/advisories/bulk`;
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(versions), signal: AbortSignal.timeout(20_000) });
    if (!response.ok) return `${url} answered ${response.status}`;
    return (await response.json()) as Record<string, Advisory[]>;
  } catch (error) {
    return `${url}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function main(): Promise<number> {
  const lockfile = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const versions = lockedVersions(lockfile);
  console.log(`audit:deps: ${Object.keys(versions).length} packages in package-lock.json`);
  let failed = false;

  const data = await advisories(versions);
  if (typeof data === "string") {
    console.log(`advisory data unreachable (${data}); skipping the advisory check`);
  } else {
    const found = findings(versions, data);
    if (found.length === 0) console.log("no known advisories for the locked versions");
    for (const { name, version, advisory } of found) {
      console.log(`  ${advisory.severity.padEnd(8)} ${name}@${version}: ${advisory.title} (${advisory.vulnerable_versions})${advisory.url ? ` ${advisory.url}` : ""}`);
    }
    failed ||= found.some(({ advisory }) => advisory.severity === "high" || advisory.severity === "critical");
  }

  const declared = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  for (const name of ["next", "react", "react-dom"]) {
    for (const [source, version] of [
      ["package.json", declared.dependencies?.[name]?.replace(/^[\^~]/, "")],
      ["package-lock.json", versions[name]?.[0]],
    ] as const) {
      if (!version) continue;
      const needed = unpatched(name, version);
      console.log(`  ${needed ? "✗" : "✓"} ${name} ${version} (${source})${needed ? `: below the patched ${needed}` : ""}`);
      failed ||= Boolean(needed);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:deps failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
