// CSV cells for exports that owners open in a spreadsheet. Text that starts with = + - @ (or a
// tab or carriage return) would be run as a formula by Excel, LibreOffice and Google Sheets
// (CSV injection), so it gets a leading apostrophe; numbers we wrote ourselves stay numbers.
// Quoting follows RFC 4180.
export type CsvValue = string | number | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = value instanceof Date ? value.toISOString() : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
