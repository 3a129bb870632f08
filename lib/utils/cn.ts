import { clsx, type ClassValue } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

// The custom tokens from app/globals.css, so `cn("rounded-card", "rounded-none")` keeps only the last.
const twMerge = extendTailwindMerge({
  extend: {
    theme: {
      radius: ["card", "control"],
      font: ["display"],
    },
  },
});

/** Joins class names and lets later Tailwind utilities override earlier conflicting ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
