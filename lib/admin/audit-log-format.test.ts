import { describe, expect, it } from "vitest";
import { actionMessageKey, decodeAuditCursor, diffAudit, encodeAuditCursor, humanizeAction, neutralizeCell, parseActorFilter } from "./audit-log-format";

describe("the keyset cursor", () => {
  it("round-trips and ignores anything malformed", () => {
    const cursor = { at: new Date("2030-05-01T04:00:00.123Z"), id: "cm1abc_DEF-9" };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    for (const bad of [null, "", "abc", "123", "_id", "12x_id", "1_id with space", `1_${"x".repeat(65)}`]) expect(decodeAuditCursor(bad)).toBeNull();
  });
});

describe("actor filters", () => {
  it("reads users, keys and the system, nothing else", () => {
    expect(parseActorFilter("user:u1")).toEqual({ kind: "user", id: "u1" });
    expect(parseActorFilter("key:k-1")).toEqual({ kind: "key", id: "k-1" });
    expect(parseActorFilter("system")).toEqual({ kind: "system" });
    expect(parseActorFilter("user:")).toBeNull();
    expect(parseActorFilter("admin:1")).toBeNull();
  });
});

describe("the before/after view", () => {
  it("lists only what changed, nested fields by path", () => {
    expect(
      diffAudit(
        { rules: { earnPoints: 1, earnPerMinor: 1000 }, tiers: [{ name: "Suki" }], name: "Kapé" },
        { rules: { earnPoints: 2, earnPerMinor: 1000 }, tiers: [{ name: "Suki" }, { name: "Gold" }], name: "Kapé" },
      ),
    ).toEqual([
      { field: "rules.earnPoints", before: "1", after: "2" },
      { field: "tiers", before: '[{"name":"Suki"}]', after: '[{"name":"Suki"},{"name":"Gold"}]' },
    ]);
    expect(diffAudit(null, { balance: 40 })).toEqual([{ field: "balance", before: "—", after: "40" }]);
    expect(diffAudit({ live: false }, { live: false })).toEqual([]);
    expect(diffAudit(undefined, undefined)).toEqual([]);
  });
});

describe("words and cells", () => {
  it("turns actions into catalog keys and readable fallbacks", () => {
    expect(actionMessageKey("program.go_live")).toBe("program_go_live");
    expect(actionMessageKey("apiKey.create")).toBe("apiKey_create");
    expect(humanizeAction("reward.archive")).toBe("Reward archive");
    expect(humanizeAction("apiKey.revoke")).toBe("Api key revoke");
  });

  it("defuses cells a spreadsheet would run", () => {
    for (const cell of ["=SUM(A1)", "+1", "-1+2", "@cmd", "\tx", "\rx"]) expect(neutralizeCell(cell)).toBe(`'${cell}`);
    for (const cell of ["Kapé", "{\"a\":1}", "", "1-2", "a=b"]) expect(neutralizeCell(cell)).toBe(cell);
  });
});
