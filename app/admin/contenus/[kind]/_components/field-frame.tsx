import { clsx } from "clsx";
import type { ReactNode } from "react";

/**
 * Ids and wrappers every control of the content form shares, so labels, hints and errors are
 * linked the same way everywhere (RGAA 11.10) and the error summary can point at any field.
 */
export function fieldId(name: string): string {
  return `champ-${name}`;
}

export function describedByOf(name: string, parts: { hint?: boolean; error?: boolean; extra?: string }): string | undefined {
  const id = fieldId(name);
  return [parts.extra, parts.hint && `${id}-aide`, parts.error && `${id}-erreur`].filter(Boolean).join(" ") || undefined;
}

export const inputClassName = (invalid: boolean, className?: string) =>
  clsx(
    "w-full rounded-lg border bg-white px-3 text-base text-ink",
    invalid ? "border-red-700 ring-1 ring-red-700" : "border-field",
    className,
  );

export function RequiredMark({ required }: { required?: boolean }) {
  return required ? <span className="font-normal text-ink-muted"> (obligatoire)</span> : null;
}

export function FieldHint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${fieldId(name)}-aide`} className="text-sm text-ink-muted">
      {children}
    </p>
  );
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${fieldId(name)}-erreur`} className="text-sm font-semibold text-red-800">
      <span className="sr-only">Erreur : </span>
      {message}
    </p>
  );
}

/** Label on top, then hint, control and error: the order a screen reader and the eye both follow. */
export function FieldFrame({
  name,
  label,
  hint,
  error,
  required,
  children,
  className,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div data-field className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={fieldId(name)} className="font-semibold text-ink">
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint name={name}>{hint}</FieldHint>
      {children}
      <FieldError name={name} message={error} />
    </div>
  );
}

/** A group of checkboxes or radios: the legend names it; focusable so the error summary can lead to it. */
export function GroupFrame({
  name,
  legend,
  hint,
  error,
  required,
  children,
  className,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      aria-describedby={describedByOf(name, { hint: Boolean(hint), error: Boolean(error) })}
      className={clsx("flex min-w-0 flex-col gap-1", className)}
    >
      <legend className="mb-1 font-semibold text-ink">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint name={name}>{hint}</FieldHint>
      {children}
      <FieldError name={name} message={error} />
    </fieldset>
  );
}
