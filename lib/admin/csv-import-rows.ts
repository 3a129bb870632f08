// Reading a customer CSV (email, name, phone, starting points) into rows the import can write,
// and every per-row problem, before anything is written. Pure: the preview and the commit run
// the same checks on the server, and tests call it directly.
import Papa from "papaparse";
import { z } from "zod";

export const IMPORT_MAX_ROWS = 50_000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_LIMITS = { email: 254, name: 100, phone: 30, points: 1_000_000 } as const;

export type ImportField = "email" | "name" | "phone" | "points" | "row";
export type ImportErrorCode =
  | "missing_email"
  | "invalid_email"
  | "duplicate_email"
  | "too_long"
  | "invalid_phone"
  | "negative_points"
  | "invalid_points"
  | "too_many_points"
  | "invalid_characters"
  | "malformed_row"
  | "already_member";

/** `row` is the spreadsheet row: the header is row 1, the first customer row 2. */
export type ImportRowError = { row: number; field: ImportField; code: ImportErrorCode; firstRow?: number };
export type ImportFileError = "empty" | "no_email_column" | "too_many_rows" | "too_large";

export type ImportRow = { row: number; email: string; name: string | null; phone: string | null; points: number };

export type ParsedImport = {
  fileError: ImportFileError | null;
  /** Data rows in the file (blank lines not counted) */
  totalRows: number;
  /** Rows without problems, in file order */
  rows: ImportRow[];
  errors: ImportRowError[];
  /** Header names that were not recognised (and are ignored) */
  ignoredColumns: string[];
};

// Header names as people write them, compared after lower-casing and folding _ and - to spaces.
const HEADERS: Record<Exclude<ImportField, "row">, string[]> = {
  email: ["email", "e mail", "email address", "e mail address"],
  name: ["name", "full name", "customer name", "display name"],
  phone: ["phone", "phone number", "mobile", "telephone"],
  points: ["starting points", "points", "startingpoints", "opening points", "balance"],
};

const emailSchema = z.email();
const CONTROL = /[\u0000-\u001f\u007f]/;
const PHONE = /^\+?[0-9 ().-]+$/;

export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
}

export function parseImportCsv(text: string): ParsedImport {
  const empty: ParsedImport = { fileError: "empty", totalRows: 0, rows: [], errors: [], ignoredColumns: [] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === "")) return empty;

  const columns: Partial<Record<Exclude<ImportField, "row">, number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((name, index) => {
    const normalized = normalizeHeader(name);
    const field = (Object.keys(HEADERS) as (keyof typeof HEADERS)[]).find((key) => HEADERS[key].includes(normalized));
    if (field && columns[field] === undefined) columns[field] = index;
    else if (normalized !== "") ignoredColumns.push(name.trim());
  });
  if (columns.email === undefined) return { ...empty, fileError: "no_email_column", ignoredColumns };

  const malformed = new Set(parsed.errors.filter((error) => error.type === "Quotes" && error.row !== undefined).map((error) => error.row! - 1));
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  let totalRows = 0;
  records.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === "")) return;
    totalRows += 1;
    const row = index + 2;
    if (malformed.has(index)) {
      errors.push({ row, field: "row", code: "malformed_row" });
      return;
    }
    const cell = (field: keyof typeof HEADERS) => (columns[field] === undefined ? "" : (record[columns[field]!] ?? "").trim());
    const rowErrors: ImportRowError[] = [];

    const email = cell("email").toLowerCase();
    if (email === "") rowErrors.push({ row, field: "email", code: "missing_email" });
    else if (email.length > IMPORT_LIMITS.email) rowErrors.push({ row, field: "email", code: "too_long" });
    else if (!emailSchema.safeParse(email).success) rowErrors.push({ row, field: "email", code: "invalid_email" });
    else if (firstRowOf.has(email)) rowErrors.push({ row, field: "email", code: "duplicate_email", firstRow: firstRowOf.get(email) });
    else firstRowOf.set(email, row);

    const name = cell("name");
    if (name.length > IMPORT_LIMITS.name) rowErrors.push({ row, field: "name", code: "too_long" });
    else if (CONTROL.test(name)) rowErrors.push({ row, field: "name", code: "invalid_characters" });

    const phone = cell("phone");
    if (phone.length > IMPORT_LIMITS.phone) rowErrors.push({ row, field: "phone", code: "too_long" });
    else if (phone !== "" && (!PHONE.test(phone) || phone.replace(/\D/g, "").length < 4)) rowErrors.push({ row, field: "phone", code: "invalid_phone" });

    const rawPoints = cell("points");
    let points = 0;
    if (/^-\s*\d+(\.\d+)?$/.test(rawPoints)) rowErrors.push({ row, field: "points", code: "negative_points" });
    else if (rawPoints !== "" && !/^\d+$/.test(rawPoints)) rowErrors.push({ row, field: "points", code: "invalid_points" });
    else if (rawPoints !== "") {
      points = Number(rawPoints);
      if (points > IMPORT_LIMITS.points) rowErrors.push({ row, field: "points", code: "too_many_points" });
    }

    if (rowErrors.length > 0) errors.push(...rowErrors);
    else rows.push({ row, email, name: name || null, phone: phone ? normalizePhone(phone) : null, points });
  });

  if (totalRows === 0) return { ...empty, ignoredColumns };
  if (totalRows > IMPORT_MAX_ROWS) return { fileError: "too_many_rows", totalRows, rows: [], errors: [], ignoredColumns };
  return { fileError: null, totalRows, rows, errors, ignoredColumns };
}

/** Keeps the digits and a leading +, so "+63 917 123-4567" is stored as the counter types it. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "");
}
