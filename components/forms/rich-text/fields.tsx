import type { InputHTMLAttributes, ReactNode, Ref } from "react";

/** A labelled text input for the editor's dialogs, hint and error tied by aria-describedby. */
export function DialogField({
  id,
  label,
  hint,
  error,
  inputRef,
  errorPrefix = "Erreur : ",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  /** Read before the error by screen readers; defaults to French. */
  errorPrefix?: string;
}) {
  const describedBy = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-aide`} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`h-11 rounded-lg border bg-white px-3 text-base text-ink disabled:bg-surface disabled:text-ink-muted ${error ? "border-red-700 ring-1 ring-red-700" : "border-field"}`}
        {...input}
      />
      {error && (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">{errorPrefix}</span>
          {error}
        </p>
      )}
    </div>
  );
}
