import { cn } from "@/lib/utils/cn";

export type HeatmapRow = {
  label: string;
  size: string;
  /** One per month since joining; null where the month has not come yet */
  cells: ({ share: number; text: string; description: string } | null)[];
};

// Stepped shades keep every cell's text at 4.5:1 contrast or better.
function shade(share: number): string {
  if (share <= 0) return "bg-canvas text-ink";
  if (share <= 0.2) return "bg-brand-100 text-ink";
  if (share <= 0.4) return "bg-brand-200 text-ink";
  if (share <= 0.6) return "bg-brand-300 text-ink";
  if (share <= 0.8) return "bg-brand-600 text-white";
  return "bg-brand-800 text-white";
}

/**
 * Cohort retention as a grid of cells coloured by their share (recharts has no heat map). The
 * shares come from SQL; each cell also says in words what it means, for screen readers.
 */
export function CohortHeatmap({ caption, cohortLabel, sizeLabel, columns, rows }: { caption: string; cohortLabel: string; sizeLabel: string; columns: string[]; rows: HeatmapRow[] }) {
  return (
    // Focusable, so keyboard users can scroll a grid wider than a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-separate border-spacing-0.5 text-center text-xs tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-semibold text-ink">
              {cohortLabel}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-semibold text-ink">
              {sizeLabel}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-1 py-1 font-semibold whitespace-nowrap text-ink-muted">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap text-ink">
                {row.label}
              </th>
              <td className="px-2 py-1 text-right text-ink">{row.size}</td>
              {row.cells.map((cell, index) =>
                cell ? (
                  <td key={index} className={cn("min-w-11 rounded-sm px-1 py-2", shade(cell.share))}>
                    <span aria-hidden="true">{cell.text}</span>
                    <span className="sr-only">{cell.description}</span>
                  </td>
                ) : (
                  <td key={index} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
