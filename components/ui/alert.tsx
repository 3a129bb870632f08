import type { ComponentProps, ReactNode } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";

import { cn } from "@/lib/utils/cn";

export const alertVariants = cva("flex gap-3 rounded-control border p-4 text-sm leading-6", {
  variants: {
    variant: {
      info: "border-brand-200 bg-brand-50 text-brand-950",
      success: "border-green-200 bg-green-50 text-green-900",
      warning: "border-amber-200 bg-amber-50 text-amber-900",
      danger: "border-red-200 bg-red-50 text-red-900",
    },
  },
  defaultVariants: { variant: "info" },
});

const icons = { info: Info, success: CircleCheck, warning: TriangleAlert, danger: CircleAlert };

export type AlertProps = Omit<ComponentProps<"div">, "title"> &
  VariantProps<typeof alertVariants> & {
    title?: ReactNode;
  };

/**
 * A message box. Danger and warning are `role="alert"` (announced at once); info and success
 * are `role="status"` (announced politely). Pass `role` to override, e.g. `role="note"` for a
 * static hint that should not be announced.
 */
export function Alert({ className, variant, title, role, children, ...props }: AlertProps) {
  const tone = variant ?? "info";
  const Icon = icons[tone];
  return (
    <div
      role={role ?? (tone === "danger" || tone === "warning" ? "alert" : "status")}
      className={cn(alertVariants({ variant: tone }), className)}
      {...props}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-semibold [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
