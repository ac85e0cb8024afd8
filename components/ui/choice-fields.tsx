import { clsx } from "clsx";
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { forwardRef } from "react";

type Described = { id: string; label: ReactNode; hint?: ReactNode; error?: string; requiredMark?: boolean };

/** Label, hint and error of a field, wired as TextField does (components/ui/field.tsx, RGAA 11.10). */
function FieldFrame({ id, label, hint, error, requiredMark, className, children }: Described & { className?: string; children: ReactNode }) {
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
        {requiredMark && <span className="font-normal text-ink-muted"> (obligatoire)</span>}
      </label>
      {hint && (
        <p id={`${id}-aide`} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy({ id, hint, error }: Described): string | undefined {
  return [hint ? `${id}-aide` : "", error ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
}

const control = (error?: string) =>
  clsx("rounded-lg border bg-white px-3 text-base text-ink", error ? "border-red-700 ring-1 ring-red-700" : "border-field");

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & Described & { children: ReactNode };

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { id, label, hint, error, requiredMark, className, children, ...select },
  ref,
) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} requiredMark={requiredMark} className={className}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
        className={clsx("h-11", control(error))}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
});

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Described;

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { id, label, hint, error, requiredMark, className, ...textarea },
  ref,
) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} requiredMark={requiredMark} className={className}>
      <textarea
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, hint, error })}
        className={clsx("min-h-48 py-2 leading-relaxed", control(error))}
        {...textarea}
      />
    </FieldFrame>
  );
});
