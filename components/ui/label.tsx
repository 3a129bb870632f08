import type { ComponentProps } from "react";

import { cn } from "@/lib/utils/cn";

export type LabelProps = ComponentProps<"label">;

export function Label({ className, ...props }: LabelProps) {
  return (
    <label
      className={cn("block text-sm leading-6 font-semibold text-ink select-none", className)}
      {...props}
    />
  );
}
