"use client";

import { Info } from "lucide-react";
import { Tooltip } from "radix-ui";
import { useState } from "react";

/**
 * An ⓘ button beside a figure's label that shows how the figure is calculated: on hover, on
 * keyboard focus (Escape closes it) and on a tap, since touch screens have no hover.
 */
export function FormulaHint({ label, formula }: { label: string; formula: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild>
          <button
            type="button"
            aria-label={label}
            onClick={() => setOpen(true)}
            className="-m-1 inline-grid size-7 shrink-0 place-items-center rounded-full text-stone-500 hover:bg-stone-100 hover:text-ink focus-visible:text-ink"
          >
            <Info aria-hidden="true" className="size-4" />
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="top"
            sideOffset={6}
            collisionPadding={12}
            className="z-50 max-w-xs rounded-control bg-ink px-3 py-2 text-sm leading-5 text-white shadow-card"
          >
            {formula}
            <Tooltip.Arrow className="fill-ink" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
