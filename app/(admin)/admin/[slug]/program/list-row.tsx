"use client";

import type { ReactNode } from "react";
import { Plus, Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";

/** One editable row of a list (a tier, a card…), grouped and named for screen readers. */
export function ListRow({ legend, onRemove, removeLabel, children }: { legend: string; onRemove: () => void; removeLabel: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-control border border-line p-4">
      {/* A floated legend sits inside the border beside the button; it must stay the
          fieldset's first child to name the group. */}
      <legend className="float-left pt-2 text-sm font-semibold text-ink">{legend}</legend>
      <div className="flex justify-end">
        <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
          <Trash2 aria-hidden="true" />
          {removeLabel}
        </Button>
      </div>
      <div className="clear-both mt-3 space-y-4">{children}</div>
    </fieldset>
  );
}

export function AddRowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="button" variant="secondary" onClick={onClick}>
      <Plus aria-hidden="true" />
      {children}
    </Button>
  );
}

/** "Nothing here yet" line under a list's heading. */
export function EmptyList({ children }: { children: ReactNode }) {
  return <p className="text-sm text-ink-muted">{children}</p>;
}
