import type { ReactNode } from "react";

import { cn } from "@/lib/utils/cn";

export type EmptyStateProps = {
  /** A decorative icon element, e.g. `<Gift />`; it is hidden from screen readers. */
  icon?: ReactNode;
  title: ReactNode;
  text?: ReactNode;
  /** A button or link, e.g. `<Button asChild><Link href="…">Add a reward</Link></Button>`. */
  action?: ReactNode;
  /** Heading level that fits the page outline (defaults to h2). */
  headingLevel?: "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon, title, text, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-card border border-dashed border-line-strong/60 bg-surface/60 px-6 py-12 text-center",
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-4 grid size-14 place-items-center rounded-full bg-brand-100 text-brand-800 [&_svg]:size-7"
        >
          {icon}
        </div>
      ) : null}
      <Heading className="text-lg font-semibold text-ink">{title}</Heading>
      {text ? <p className="mt-1.5 max-w-sm text-sm text-ink-muted">{text}</p> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
