import { ArrowDown, ArrowRight, ArrowUp } from "lucide-react";
import type { ChangeText } from "@/lib/analytics/format";
import { cn } from "@/lib/utils/cn";

/** "▲ Up 12% from 340": the arrow is decoration, the words carry the meaning. */
export function ChangeNote({ change, text, better }: { change: ChangeText; text: string; better: "up" | "down" | "neutral" }) {
  const Icon = change.direction === "up" ? ArrowUp : change.direction === "down" ? ArrowDown : ArrowRight;
  const good = better !== "neutral" && change.direction !== "same" && change.direction === better;
  const bad = better !== "neutral" && change.direction !== "same" && change.direction !== better;
  return (
    <span className={cn("inline-flex items-center gap-1", good && "text-green-800", bad && "text-red-800")}>
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {text}
    </span>
  );
}
