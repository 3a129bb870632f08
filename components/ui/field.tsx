import { useId, type ReactNode } from "react";
import { CircleAlert } from "lucide-react";

import { cn } from "@/lib/utils/cn";
import { Input, type InputProps } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** What a custom control must spread to stay wired to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export type FieldProps = Omit<InputProps, "children" | "id"> & {
  label: ReactNode;
  /** Hint under the label, read out with the control. */
  description?: ReactNode;
  /** One message or several (zod's `_errors`); empty means valid. */
  error?: string | readonly string[] | null;
  id?: string;
  /** Classes for the wrapper; use `inputClassName` for the input itself. */
  className?: string;
  inputClassName?: string;
  /** Render another control (select, textarea) instead of the default <Input>. */
  children?: (control: FieldControlProps) => ReactNode;
};

export function Field({
  label,
  description,
  error,
  id,
  className,
  inputClassName,
  children,
  "aria-describedby": describedBy,
  ...inputProps
}: FieldProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const messages = typeof error === "string" ? [error] : (error ?? []);
  const invalid = messages.length > 0;

  const control: FieldControlProps = {
    id: controlId,
    "aria-describedby":
      [describedBy, description ? descriptionId : null, invalid ? errorId : null]
        .filter(Boolean)
        .join(" ") || undefined,
    "aria-invalid": invalid ? true : undefined,
  };

  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={controlId}>{label}</Label>
      {description ? (
        <p id={descriptionId} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      {children ? children(control) : <Input {...inputProps} {...control} className={inputClassName} />}
      {invalid ? <FieldError id={errorId}>{messages.join(" ")}</FieldError> : null}
    </div>
  );
}

/** An error line under a control; give it the id the control's aria-describedby names. */
export function FieldError({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  return (
    <p id={id} className={cn("flex items-start gap-1.5 text-sm font-medium text-red-700", className)}>
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
