import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { importMembers } from "@/lib/loyalty/import-members";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { createTestBusiness } from "@/test/loyalty-fixture";
import { EXPORT_CHUNK_ROWS, LEDGER_COLUMNS, MEMBER_COLUMNS, streamLedgerCsv, streamMembersCsv } from "./csv-export";

let businessId: string;
let otherBusinessId: string;

async function read(stream: ReadableStream<Uint8Array>): Promise<string[][]> {
  // ignoreBOM keeps the byte-order mark, which Response.text() would strip.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

beforeAll(async () => {
  businessId = (await createTestBusiness()).business.id;
  otherBusinessId = (await createTestBusiness()).business.id;
  const rows = [
    { row: 2, email: "formula@export.test", name: "=HYPERLINK(\"http://evil.test\",\"click\")", phone: "+639171234567", points: 40 },
    { row: 3, email: "comma@export.test", name: "Reyes, Ana \"Ani\"", phone: null, points: 0 },
    ...Array.from({ length: EXPORT_CHUNK_ROWS + 10 }, (_, index) => ({ row: index + 4, email: `bulk${index}@export.test`, name: `Bulk ${index}`, phone: null, points: 5 })),
  ];
  await importMembers({ businessId, actorUserId: null, source: "seed.csv", rows });
  await importMembers({ businessId: otherBusinessId, actorUserId: null, source: "other.csv", rows: [{ row: 2, email: "other@export.test", name: "Other", phone: null, points: 9 }] });
  const formula = await db.member.findFirstOrThrow({ where: { businessId, user: { email: "formula@export.test" } } });
  await recordPurchase({ businessId, memberId: formula.id, amountMinor: 45_000, currency: "PHP", externalId: "@receipt-1" });
  await adjustPoints({ businessId, memberId: formula.id, points: -10, reason: "-10 for a =mistake" }, formula.userId!);
});

describe("members CSV export", () => {
  it("streams every member of the business in number order, with formula-injection protection", async () => {
    const [header, ...rows] = await read(streamMembersCsv(businessId));
    expect(header).toEqual(MEMBER_COLUMNS);
    expect(rows).toHaveLength(EXPORT_CHUNK_ROWS + 12);
    expect(rows.map((row) => Number(row[0]))).toEqual([...rows.map((row) => Number(row[0]))].sort((a, b) => a - b));
    const formula = rows.find((row) => row[2] === "formula@export.test")!;
    expect(formula[1]).toBe("'=HYPERLINK(\"http://evil.test\",\"click\")");
    expect(formula[3]).toBe("'+639171234567");
    // 40 imported + 45 earned − 10 adjusted
    expect(formula.slice(4, 8)).toEqual(["Suki", "75", "85", "0"]);
    expect(formula[8]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(rows.find((row) => row[2] === "comma@export.test")![1]).toBe("Reyes, Ana \"Ani\"");
    expect(rows.some((row) => row[2] === "other@export.test")).toBe(false);
  });
});

describe("ledger CSV export", () => {
  it("streams every ledger entry of the business, oldest first, with member number and receipt", async () => {
    const [header, ...rows] = await read(streamLedgerCsv(businessId));
    expect(header).toEqual(LEDGER_COLUMNS);
    expect(rows).toHaveLength(await db.ledgerEntry.count({ where: { businessId } }));
    expect(rows.length).toBeGreaterThan(EXPORT_CHUNK_ROWS);
    const dates = rows.map((row) => row[0]!);
    expect(dates).toEqual([...dates].sort());
    const earn = rows.find((row) => row[2] === "EARN")!;
    expect(earn.slice(3)).toEqual(["45", "", "'@receipt-1"]);
    const adjust = rows.find((row) => row[2] === "ADJUST")!;
    expect(adjust.slice(3, 5)).toEqual(["-10", "'-10 for a =mistake"]);
    expect(new Set(rows.map((row) => row[5]))).not.toContain("other.csv");
  });

  it("releases its connection when the download is abandoned", async () => {
    const stream = streamLedgerCsv(businessId);
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    const open = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`;
    expect(open[0]!.n).toBe(0);
  });
});
