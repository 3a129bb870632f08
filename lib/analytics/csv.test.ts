import { describe, expect, it } from "vitest";
import { csvResponse, csvText } from "./csv";

describe("csvText", () => {
  it("quotes what needs quoting and ends rows with CRLF", () => {
    expect(csvText([["a", "b,c", 'say "hi"', 3, null]])).toBe('a,"b,c","say ""hi""",3,\r\n');
  });

  it.each(["=SUM(A1:A2)", "+1", "-2+3", "@cmd", "\tx", "\rx", "\nx", "  =1+1", "=1\n2"])("neutralises the formula-like cell %j", (cell) => {
    const line = csvText([[cell]]);
    expect(line.startsWith(`"'`)).toBe(true);
  });

  it("leaves numbers, negative ones included, and ordinary text alone", () => {
    expect(csvText([[-5, 1.5, "Maria Santos", "Kapé Suki"]])).toBe("-5,1.5,Maria Santos,Kapé Suki\r\n");
  });
});

describe("csvResponse", () => {
  it("streams the header and every batch as a CSV download", async () => {
    async function* batches() {
      yield [["1", 2]];
      yield [["=x", 3]];
    }
    const response = csvResponse("top members.csv", ["name", "orders"], batches());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="top_members.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(`name,orders\r\n1,2\r\n"'=x",3\r\n`);
  });
});
