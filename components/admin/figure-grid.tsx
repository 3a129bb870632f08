import { cn } from "@/lib/utils/cn";

export type Figure = {
  label: string;
  value: React.ReactNode;
  /** Beside the label, e.g. a button that explains how the figure is calculated */
  hint?: React.ReactNode;
  /** Under the value, e.g. the change from the previous period */
  detail?: React.ReactNode;
};

/** A row of headline figures (label above a large value), as on the overview and campaigns pages. */
export function FigureGrid({ figures, className }: { figures: Figure[]; className?: string }) {
  return (
    <dl className={cn("grid gap-4 sm:grid-cols-2", className)}>
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-card border border-line bg-surface p-5 shadow-card">
          <dt className="flex items-start gap-1 text-sm text-ink-muted">
            <span>{figure.label}</span>
            {figure.hint}
          </dt>
          <dd className="mt-2 text-3xl font-semibold tabular-nums text-ink">{figure.value}</dd>
          {figure.detail ? <dd className="mt-1 text-sm text-ink-muted">{figure.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
