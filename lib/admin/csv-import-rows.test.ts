import { describe, expect, it } from "vitest";
import { IMPORT_MAX_ROWS, normalizePhone, parseImportCsv } from "./csv-import-rows";

describe("parseImportCsv", () => {
  it("matches header names case-insensitively, in any order, and ignores unknown columns", () => {
    const parsed = parseImportCsv("\uFEFFStarting Points,E-Mail,Full Name,PHONE,Notes\n120,Ana@Example.com,Ana Reyes,+63 917 123-4567,likes tea\n,ben@example.com,,,\n");
    expect(parsed.fileError).toBeNull();
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignoredColumns).toEqual(["Notes"]);
    expect(parsed.rows).toEqual([
      { row: 2, email: "ana@example.com", name: "Ana Reyes", phone: "+639171234567", points: 120 },
      { row: 3, email: "ben@example.com", name: null, phone: null, points: 0 },
    ]);
  });

  it("reports every problem with its spreadsheet row and field, and keeps only clean rows", () => {
    const csv = [
      "email,name,phone,starting_points",
      "good@example.com,Good,,10",
      "not-an-email,Bad,,1",
      "GOOD@example.com,Again,,2",
      "neg@example.com,Neg,,-5",
      "frac@example.com,Frac,,1.5",
      `long@example.com,${"x".repeat(101)},,3`,
      "phone@example.com,Phone,call me,3",
      ",No email,,3",
      "",
      "many@example.com,Many,,2000000",
    ].join("\n");
    const parsed = parseImportCsv(csv);
    expect(parsed.totalRows).toBe(9);
    expect(parsed.rows.map((row) => row.email)).toEqual(["good@example.com"]);
    expect(parsed.errors).toEqual([
      { row: 3, field: "email", code: "invalid_email" },
      { row: 4, field: "email", code: "duplicate_email", firstRow: 2 },
      { row: 5, field: "points", code: "negative_points" },
      { row: 6, field: "points", code: "invalid_points" },
      { row: 7, field: "name", code: "too_long" },
      { row: 8, field: "phone", code: "invalid_phone" },
      { row: 9, field: "email", code: "missing_email" },
      { row: 11, field: "points", code: "too_many_points" },
    ]);
  });

  it("refuses files without an email column, empty files and files over the row limit", () => {
    expect(parseImportCsv("name,phone\nAna,123456\n").fileError).toBe("no_email_column");
    expect(parseImportCsv("").fileError).toBe("empty");
    expect(parseImportCsv("email\n\n\n").fileError).toBe("empty");
    const big = ["email", ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, index) => `m${index}@example.com`)].join("\n");
    expect(parseImportCsv(big).fileError).toBe("too_many_rows");
  });

  it("flags an unterminated quote and control characters in names", () => {
    const parsed = parseImportCsv('email,name\nok@example.com,"Tab\there"\nbroken@example.com,"never closed\n');
    expect(parsed.errors).toEqual([
      { row: 2, field: "name", code: "invalid_characters" },
      { row: 3, field: "row", code: "malformed_row" },
    ]);
  });

  it("normalizes phones to digits with a leading +", () => {
    expect(normalizePhone(" +40 (721) 555-010 ")).toBe("+40721555010");
    expect(normalizePhone("0917.123.4567")).toBe("09171234567");
  });
});
