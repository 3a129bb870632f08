import { Heart } from "lucide-react";

import { cn } from "@/lib/utils/cn";

export type WordmarkProps = {
  className?: string;
  /** `light` for dark backgrounds. */
  tone?: "dark" | "light";
};

/** The Suki logo: a stamp-like mark and the name. Wrap it in a link where it should navigate. */
export function Wordmark({ className, tone = "dark" }: WordmarkProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-2 font-display text-xl font-bold tracking-tight",
        tone === "dark" ? "text-brand-900" : "text-white",
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={cn(
          "grid size-8 place-items-center rounded-[0.65rem] shadow-sm",
          tone === "dark" ? "bg-brand-700 text-brand-200" : "bg-brand-100 text-brand-700",
        )}
      >
        <Heart className="size-4" fill="currentColor" strokeWidth={2.5} />
      </span>
      Suki
    </span>
  );
}
