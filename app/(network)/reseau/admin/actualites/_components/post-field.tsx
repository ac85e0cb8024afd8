import { clsx } from "clsx";
import type { ReactNode } from "react";

/**
 * Label, hint and error of one field of the network item form, in the reader's language (the
 * back office's own fields say "(obligatoire)" and "Erreur" in French only). The control gets
 * `describedBy` and `invalid` from `fieldProps`.
 */
export function fieldProps(id: string, hint: ReactNode | undefined, error: string | undefined) {
  const describedBy = [hint ? `${id}-aide` : "", error ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
  return { "aria-describedby": describedBy, "aria-invalid": error ? true : undefined } as const;
}

export const controlClass = (error?: string) =>
  clsx("h-11 rounded-lg border bg-white px-3 text-base text-ink", error ? "border-red-700 ring-1 ring-red-700" : "border-field");

export function PostField({
  id,
  label,
  labelId,
  mark,
  hint,
  error,
  errorPrefix,
  children,
  asLabel = true,
}: {
  id: string;
  label: string;
  /** Set for a control that cannot take <label for> (the rich text editor). */
  labelId?: string;
  mark?: string;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  children: ReactNode;
  asLabel?: boolean;
}) {
  const text = (
    <>
      {label}
      {mark && <span className="font-normal text-ink-muted"> {mark}</span>}
    </>
  );
  return (
    <div className="flex flex-col gap-1">
      {asLabel ? (
        <label htmlFor={id} className="font-semibold text-ink">
          {text}
        </label>
      ) : (
        <p id={labelId} className="font-semibold text-ink">
          {text}
        </p>
      )}
      {hint && (
        <p id={`${id}-aide`} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">{errorPrefix}</span>
          {error}
        </p>
      )}
    </div>
  );
}
