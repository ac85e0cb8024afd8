import { clsx } from "clsx";
import type { InputHTMLAttributes, ReactNode } from "react";
import { forwardRef } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the field as required in words, since an asterisk alone is not enough. */
  requiredMark?: boolean;
};

/**
 * A labelled input with its hint and error linked by aria-describedby, and aria-invalid when in
 * error, as RGAA 11.10 asks. Works with react-hook-form's register (forwards the ref).
 */
export const TextField = forwardRef<HTMLInputElement, FieldProps>(function TextField(
  { id, label, hint, error, requiredMark, className, ...input },
  ref,
) {
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
        {requiredMark && <span className="font-normal text-ink-muted"> (obligatoire)</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={clsx(
          "h-11 rounded-lg border bg-white px-3 text-base text-ink",
          error ? "border-red-700 ring-1 ring-red-700" : "border-field",
        )}
        {...input}
      />
      {error && (
        <p id={errorId} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </div>
  );
});

type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; hint?: ReactNode; error?: string };

export const CheckboxField = forwardRef<HTMLInputElement, CheckboxProps>(function CheckboxField(
  { id, label, hint, error, className, ...input },
  ref,
) {
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          ref={ref}
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="mt-1 size-5 shrink-0 accent-brand-700"
          {...input}
        />
        <label htmlFor={id} className="text-ink">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="ml-8 text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="ml-8 text-sm font-semibold text-red-800">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </div>
  );
});
