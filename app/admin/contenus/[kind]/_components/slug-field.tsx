"use client";

import { type Control, type UseFormRegisterReturn, useWatch } from "react-hook-form";
import { CONTENT_KIND_META, type ContentKind } from "@/lib/cms/kinds";
import { slugify } from "@/lib/editorial/vocabulary";
import { describedByOf, FieldFrame, fieldId, inputClassName } from "./field-frame";

/**
 * The record's public address, with the full URL it gives. Left empty, a new record takes its
 * address from the title and an existing one keeps its own: the preview says which.
 */
export function SlugField({
  kind,
  label,
  hint,
  error,
  siteUrl,
  value,
  control,
  savedSlug,
  register,
}: {
  kind: ContentKind;
  label: string;
  hint?: string;
  error?: string;
  siteUrl: string;
  value: string;
  control: Control<Record<string, unknown>>;
  savedSlug: string | null;
  register: UseFormRegisterReturn;
}) {
  const name = "slug";
  const title = String(useWatch({ control, name: "title" }) ?? "");
  const typed = value.trim();
  const slug = typed || savedSlug || slugify(title);
  const origin = siteUrl.replace(/\/+$/, "");
  const previewId = `${fieldId(name)}-apercu`;
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldId(name)}
        type="text"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        placeholder={savedSlug ?? (slugify(title) || undefined)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(name, { hint: Boolean(hint), error: Boolean(error), extra: previewId })}
        className={inputClassName(Boolean(error), "h-11 font-mono text-sm")}
        {...register}
      />
      <p id={previewId} className="text-sm break-all text-ink-muted">
        Adresse publique{slug && !typed && !savedSlug ? " (tirée du titre)" : ""} :{" "}
        {slug ? (
          <span className="font-mono text-ink">
            {origin}
            {CONTENT_KIND_META[kind].publicPath(slug)}
          </span>
        ) : (
          <span>elle sera tirée du titre.</span>
        )}
      </p>
    </FieldFrame>
  );
}
