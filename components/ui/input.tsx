import type { ComponentProps } from "react";

import { cn } from "@/lib/utils/cn";

export const inputClassName = cn(
  "block h-11 w-full min-w-0 rounded-control border border-line-strong bg-surface px-3.5 text-base text-ink shadow-xs",
  "placeholder:text-stone-500 transition-colors",
  "focus-visible:border-brand-700 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
  "aria-invalid:border-red-700 aria-invalid:focus-visible:outline-red-700",
  "disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-ink-muted",
  "read-only:bg-stone-50",
  "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-semibold file:text-ink",
);

export type InputProps = ComponentProps<"input">;

/** A text-like input; 16px text so phones do not zoom in when it is focused. */
export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cn(inputClassName, className)} {...props} />;
}
