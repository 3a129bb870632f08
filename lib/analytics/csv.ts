// CSV for the overview's downloads, streamed in batches. Text cells that a spreadsheet would
// run as a formula (=, +, -, @ first, also after spaces, or a leading tab or line break) get
// a leading apostrophe; numbers stay numbers. A byte-order mark lets Excel read UTF-8 names.
import Papa from "papaparse";

export type CsvValue = string | number | boolean | null | undefined;

export const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@]/;

/** Rows as CSV text, each ending in CRLF. */
export function csvText(rows: CsvValue[][]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: "\r\n" })}\r\n`;
}

/** A streamed CSV download: the header, then each batch as it is produced. */
export function csvResponse(filename: string, header: string[], batches: AsyncIterable<CsvValue[][]> | Iterable<CsvValue[][]>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(`\uFEFF${csvText([header])}`));
        for await (const batch of batches) controller.enqueue(encoder.encode(csvText(batch)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
