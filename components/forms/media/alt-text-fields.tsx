"use client";

import type { Ref } from "react";
import { ALT_MAX_LENGTH } from "@/lib/validations/media";
import { type AltTextLabels, MEDIA_LABELS } from "./labels";

type AltTextFieldsProps = {
  id: string;
  alt: string;
  decorative: boolean;
  onAltChange: (alt: string) => void;
  onDecorativeChange: (decorative: boolean) => void;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  label?: string;
  disabled?: boolean;
  /** Defaults to French. */
  labels?: AltTextLabels;
};

/**
 * The alternative text of an image, or the explicit statement that it is decorative (then
 * alt=""): an image is never published with its text simply forgotten.
 */
export function AltTextFields({ id, alt, decorative, onAltChange, onDecorativeChange, error, inputRef, label, disabled, labels = MEDIA_LABELS.fr.alt }: AltTextFieldsProps) {
  const describedBy = [`${id}-aide`, error ? `${id}-erreur` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-semibold">
          {label ?? labels.label}
          {!decorative && <span className="font-normal text-ink-muted"> {labels.required}</span>}
        </label>
        <p id={`${id}-aide`} className="text-sm text-ink-muted">
          {labels.hint}
        </p>
        <input
          ref={inputRef}
          id={id}
          value={decorative ? "" : alt}
          onChange={(event) => onAltChange(event.target.value)}
          disabled={decorative || disabled}
          maxLength={ALT_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          className={`h-11 rounded-lg border bg-white px-3 text-base text-ink disabled:bg-surface ${error ? "border-red-700 ring-1 ring-red-700" : "border-field"}`}
        />
        {error && (
          <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
            <span className="sr-only">{labels.errorPrefix}</span>
            {error}
          </p>
        )}
      </div>
      <div className="flex items-start gap-3">
        <input
          id={`${id}-decorative`}
          type="checkbox"
          checked={decorative}
          onChange={(event) => onDecorativeChange(event.target.checked)}
          disabled={disabled}
          aria-describedby={`${id}-decorative-aide`}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor={`${id}-decorative`}>{labels.decorative}</label>
          <p id={`${id}-decorative-aide`} className="text-sm text-ink-muted">
            {labels.decorativeHint}
          </p>
        </div>
      </div>
    </div>
  );
}
