import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv-export-format";

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+639171234567", "'+639171234567"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["plain", "plain"],
    ["a, b", "\"a, b\""],
    ["line\nbreak", "\"line\nbreak\""],
    [" padded", "\" padded\""],
  ])("protects and quotes text %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("keeps numbers we wrote as numbers, dates as ISO, nothing as empty", () => {
    expect(csvCell(-50)).toBe("-50");
    expect(csvCell(1200)).toBe("1200");
    expect(csvCell(new Date("2026-03-01T06:05:00.000Z"))).toBe("2026-03-01T06:05:00.000Z");
    expect(csvCell(null)).toBe("");
    expect(csvLine([1, "x", null])).toBe("1,x,\r\n");
  });
});
