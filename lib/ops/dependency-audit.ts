// Dependency hygiene (scripts/audit-deps.ts): which locked versions have known advisories,
// from the registry's bulk advisory endpoint (what `npm audit` asks), and whether the
// framework packages are at or above the releases that fixed the advisories we know of.
// Pure functions; the script does the I/O.

export type Advisory = { id?: number; title: string; severity: string; url?: string; vulnerable_versions: string };
export type Finding = { name: string; version: string; advisory: Advisory };

type Lockfile = { packages?: Record<string, { version?: string; link?: boolean }> };

/** Every installed (name, version) of package-lock.json v2/v3, grouped by name. */
export function lockedVersions(lockfile: Lockfile): Record<string, string[]> {
  const versions: Record<string, Set<string>> = {};
  for (const [location, entry] of Object.entries(lockfile.packages ?? {})) {
    if (!location || entry.link || !entry.version) continue;
    const name = location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);
    (versions[name] ??= new Set()).add(entry.version);
  }
  return Object.fromEntries(Object.entries(versions).map(([name, set]) => [name, [...set].sort()]));
}

function parse(version: string): number[] {
  const [core = "", pre] = version.replace(/^[=v]+/, "").split("-", 2);
  const parts = core.split(".").map((part) => Number(part) || 0);
  while (parts.length < 3) parts.push(0);
  // A prerelease sorts before its release: 16.0.0-canary.1 < 16.0.0.
  return [...parts.slice(0, 3), pre === undefined ? 1 : 0];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let index = 0; index < 4; index++) if (x[index] !== y[index]) return x[index]! - y[index]!;
  return 0;
}

/** npm's ranges as advisories write them: "<16.0.7", ">=15.0.0 <15.0.5 || >=16.0.0-canary.0 <16.0.7". */
export function satisfies(version: string, range: string): boolean {
  return range.split("||").some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        if (comparator === "*") return true;
        const match = /^(<=|>=|<|>|=)?\s*(.+)$/.exec(comparator);
        if (!match) return false;
        const order = compareVersions(version, match[2]!);
        switch (match[1]) {
          case "<":
            return order < 0;
          case "<=":
            return order <= 0;
          case ">":
            return order > 0;
          case ">=":
            return order >= 0;
          default:
            return order === 0;
        }
      }),
  );
}

export function findings(versions: Record<string, string[]>, advisories: Record<string, Advisory[]>): Finding[] {
  return Object.entries(advisories).flatMap(([name, list]) =>
    (versions[name] ?? []).flatMap((version) => list.filter((advisory) => satisfies(version, advisory.vulnerable_versions)).map((advisory) => ({ name, version, advisory }))),
  );
}

/**
 * The lowest releases of each line that carry the fixes for the framework advisories we know
 * of: React Server Components remote code execution and its follow-ups (denial of service,
 * source exposure; React 19.0.3 / 19.1.4 / 19.2.3, Next 15.x and 16.0.10), and Next's
 * middleware authorization bypass (15.2.3). A line with no entry is newer than all of them.
 */
export const PATCHED: Record<string, Record<string, string>> = {
  next: { "15.0": "15.0.7", "15.1": "15.1.11", "15.2": "15.2.8", "15.3": "15.3.8", "15.4": "15.4.10", "15.5": "15.5.9", "16.0": "16.0.10" },
  react: { "19.0": "19.0.3", "19.1": "19.1.4", "19.2": "19.2.3" },
  "react-dom": { "19.0": "19.0.3", "19.1": "19.1.4", "19.2": "19.2.3" },
  "react-server-dom-webpack": { "19.0": "19.0.3", "19.1": "19.1.4", "19.2": "19.2.3" },
};

/** Below its line's patched release (or on a line older than every patched one)? */
export function unpatched(name: string, version: string): string | null {
  const lines = PATCHED[name];
  if (!lines) return null;
  const [major, minor] = parse(version);
  const fixed = lines[`${major}.${minor}`];
  if (fixed) return compareVersions(version, fixed) < 0 ? fixed : null;
  const oldest = Object.values(lines).sort(compareVersions)[0]!;
  return compareVersions(version, oldest) < 0 ? `${oldest} or a later line` : null;
}
