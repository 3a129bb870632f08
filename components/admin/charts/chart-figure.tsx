import type { ReactNode } from "react";

export type ChartTable = { caption: string; columns: string[]; rows: (string | number)[][] };

type Props = {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows, read instead of the picture */
  summary: string;
  showData: string;
  table: ChartTable;
  children: ReactNode;
};

/**
 * A chart with its accessible alternatives: a heading, a text summary that names the picture
 * for screen readers, and the numbers behind it as a table (collapsed under the chart).
 */
export function ChartFigure({ id, title, summary, showData, table, children }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <h3 id={`${id}-title`} className="text-base font-semibold text-ink">
        {title}
      </h3>
      <p className="mt-1 text-sm text-ink-muted">{summary}</p>
      <div role="img" aria-label={summary} className="mt-3">
        {children}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">{showData}</summary>
        <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={table.caption}>
          <DataTable table={table} />
        </div>
      </details>
    </figure>
  );
}

export function DataTable({ table }: { table: ChartTable }) {
  return (
    <table className="w-full border-collapse text-left text-sm tabular-nums">
      <caption className="sr-only">{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col" className="border-b border-line px-2 py-1.5 font-semibold text-ink">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index} className="border-b border-line/60">
            {row.map((cell, column) =>
              column === 0 ? (
                <th key={column} scope="row" className="px-2 py-1.5 font-normal text-ink">
                  {cell}
                </th>
              ) : (
                <td key={column} className="px-2 py-1.5 text-ink">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
