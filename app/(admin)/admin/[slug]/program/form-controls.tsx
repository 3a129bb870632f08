"use client";

import type { ReactNode } from "react";

import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

type Common = { label: ReactNode; description?: ReactNode; error?: string[]; className?: string };

/** A text input for a number, with an optional unit before ("PHP") or after ("%", "×", "days"). */
export function NumberField({
  value,
  onChange,
  prefix,
  suffix,
  decimal = false,
  ...field
}: Common & { value: string; onChange: (value: string) => void; prefix?: string; suffix?: string; decimal?: boolean }) {
  return (
    <Field {...field}>
      {(control) => (
        <div className="flex items-stretch">
          {prefix ? (
            <span className="flex items-center rounded-l-control border border-r-0 border-line-strong bg-stone-50 px-3 text-sm text-ink-muted">
              {prefix}
            </span>
          ) : null}
          <input
            {...control}
            type="text"
            inputMode={decimal ? "decimal" : "numeric"}
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            className={cn(inputClassName, prefix && "rounded-l-none", suffix && "rounded-r-none")}
          />
          {suffix ? (
            <span className="flex items-center rounded-r-control border border-l-0 border-line-strong bg-stone-50 px-3 text-sm text-ink-muted">
              {suffix}
            </span>
          ) : null}
        </div>
      )}
    </Field>
  );
}

export function TextField({ value, onChange, ...field }: Common & { value: string; onChange: (value: string) => void }) {
  return <Field {...field} value={value} onChange={(event) => onChange(event.target.value)} />;
}

export function SelectField<V extends string>({
  value,
  onChange,
  options,
  ...field
}: Common & { value: V; onChange: (value: V) => void; options: { value: V; label: string }[] }) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} className={inputClassName} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ label, description, checked, onChange }: { label: ReactNode; description?: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-control border border-line p-3">
      <input type="checkbox" className="mt-1 size-4 accent-brand-700" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <span className="block text-sm font-semibold text-ink">{label}</span>
        {description ? <span className="block text-sm text-ink-muted">{description}</span> : null}
      </span>
    </label>
  );
}

/** A titled group of fields inside a tab. */
export function Section({ title, description, children }: { title: ReactNode; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-base font-semibold text-ink">{title}</h2>
        {description ? <p className="mt-0.5 text-sm text-ink-muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
