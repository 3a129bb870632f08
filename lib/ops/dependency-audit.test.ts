import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareVersions, findings, lockedVersions, satisfies, unpatched } from "./dependency-audit";

const root = path.resolve(import.meta.dirname, "../..");

describe("version ranges", () => {
  it("compares releases and prereleases", () => {
    expect(compareVersions("16.0.10", "16.0.9")).toBeGreaterThan(0);
    expect(compareVersions("16.0.0-canary.3", "16.0.0")).toBeLessThan(0);
    expect(compareVersions("19.2.3", "19.2.3")).toBe(0);
  });

  it("reads advisory ranges", () => {
    const range = ">=15.0.0 <15.0.5 || >=16.0.0-canary.0 <16.0.7";
    expect(satisfies("15.0.4", range)).toBe(true);
    expect(satisfies("15.0.5", range)).toBe(false);
    expect(satisfies("16.0.6", range)).toBe(true);
    expect(satisfies("16.0.7", range)).toBe(false);
    expect(satisfies("14.2.0", range)).toBe(false);
  });

  it("reports the locked versions an advisory covers", () => {
    const versions = lockedVersions({ packages: { "": {}, "node_modules/next": { version: "16.0.6" }, "node_modules/a/node_modules/next": { version: "16.0.7" } } });
    expect(versions).toEqual({ next: ["16.0.6", "16.0.7"] });
    const found = findings(versions, { next: [{ title: "RCE", severity: "critical", vulnerable_versions: "<16.0.7" }] });
    expect(found.map(({ version }) => version)).toEqual(["16.0.6"]);
  });
});

describe("framework releases", () => {
  it("flags releases below their line's fix", () => {
    expect(unpatched("next", "16.0.6")).toBe("16.0.10");
    expect(unpatched("react", "19.2.0")).toBe("19.2.3");
    expect(unpatched("next", "14.2.0")).toMatch(/or a later line/);
    expect(unpatched("next", "16.4.6")).toBeNull();
  });

  it("keeps this project on patched next and react releases (package.json and the lockfile)", () => {
    const declared = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const locked = lockedVersions(JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")));
    for (const name of ["next", "react", "react-dom"]) {
      expect(unpatched(name, declared.dependencies[name]!.replace(/^[\^~]/, "")), `${name} in package.json`).toBeNull();
      for (const version of locked[name] ?? []) expect(unpatched(name, version), `${name} ${version} in package-lock.json`).toBeNull();
    }
  });
});
