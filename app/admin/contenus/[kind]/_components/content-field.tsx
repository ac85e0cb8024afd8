"use client";

import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import type { CodeOptions, FieldDescriptor, FieldOption } from "@/lib/cms/fields";
import type { ContentKind } from "@/lib/cms/kinds";
import type { ContentFormState } from "../_lib/content-form-values";
import { CheckboxListField } from "./checkbox-list-field";
import { describedByOf, FieldError, FieldFrame, fieldId, FieldHint, inputClassName } from "./field-frame";
import { ImageFieldControl, RichTextFieldControl } from "./editor-controls";
import { SlugField } from "./slug-field";
import { TagsField } from "./tags-field";
import { TerritoryField } from "./territory-field";

export type ContentFieldContext = {
  kind: ContentKind;
  form: UseFormReturn<ContentFormState>;
  codeOptions: CodeOptions | null;
  regionCode: string | null;
  siteUrl: string;
  savedSlug: string | null;
};

/** Error message of a field as react-hook-form keeps it (client or server). */
export function errorOf(form: UseFormReturn<ContentFormState>, name: string): string | undefined {
  const message = form.formState.errors[name]?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * The choices of a select or checkbox list, plus any stored value no longer in the list (a code
 * an import brought, say), so that saving the form never drops it silently.
 */
function optionsOf(field: FieldDescriptor, ctx: ContentFieldContext): FieldOption[] {
  const options = [...(field.options ?? (field.codes ? ctx.codeOptions?.[field.codes] : undefined) ?? [])];
  const initial = ctx.form.formState.defaultValues?.[field.name];
  for (const value of Array.isArray(initial) ? initial : [initial]) {
    if (typeof value === "string" && value && !options.some((option) => option.value === value)) {
      options.push({ value, label: `${value} (code hors liste)` });
    }
  }
  return options;
}

/** One descriptor of lib/cms/fields.ts as its control; the form decides where and whether it shows. */
export function ContentField({ field, ctx }: { field: FieldDescriptor; ctx: ContentFieldContext }) {
  const { form } = ctx;
  const { name, label, hint, required } = field;
  const error = errorOf(form, name);
  const current: unknown = useWatch({ control: form.control, name });
  const describedBy = describedByOf(name, { hint: Boolean(hint), error: Boolean(error) });
  const common = {
    id: fieldId(name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
  };

  switch (field.type) {
    case "text":
    case "url":
    case "email":
    case "tel":
    case "datetime":
    case "number": {
      const type = field.type === "datetime" ? "datetime-local" : field.type === "number" ? "text" : field.type;
      // Numbers as text with a numeric keyboard: no spinner, no wheel changes, and "43,6" accepted.
      const inputMode = field.type === "number" ? (field.step === "any" ? "decimal" : "numeric") : undefined;
      const width = field.type === "number" || field.type === "datetime" || name === "postcode" ? "max-w-xs" : "";
      return (
        <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
          <input
            type={type}
            inputMode={inputMode}
            spellCheck={field.type === "text" ? undefined : false}
            className={inputClassName(Boolean(error), `h-11 ${width}`)}
            {...common}
            {...form.register(name)}
          />
        </FieldFrame>
      );
    }
    case "textarea":
      return (
        <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
          <textarea rows={name === "address" ? 2 : 4} className={inputClassName(Boolean(error), "py-2")} {...common} {...form.register(name)} />
        </FieldFrame>
      );
    case "select": {
      const options = optionsOf(field, ctx);
      return (
        <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
          <select className={inputClassName(Boolean(error), "h-11 max-w-md")} {...common} {...form.register(name)}>
            <option value="">Choisir…</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    }
    case "checkbox":
      return (
        <div data-field className="flex flex-col gap-1">
          <div className="flex items-start gap-3">
            <input type="checkbox" className="mt-1 size-5 shrink-0 accent-brand-700" {...common} {...form.register(name)} />
            <label htmlFor={fieldId(name)} className="font-semibold text-ink">
              {label}
            </label>
          </div>
          <div className="ml-8">
            <FieldHint name={name}>{hint}</FieldHint>
            <FieldError name={name} message={error} />
          </div>
        </div>
      );
    case "checkboxes": {
      const options = optionsOf(field, ctx);
      return (
        <CheckboxListField
          name={name}
          legend={label}
          hint={hint}
          error={error}
          required={required}
          options={options}
          selected={Array.isArray(current) ? current : []}
          register={form.register(name)}
        />
      );
    }
    case "territory":
      return (
        <TerritoryField
          name={name}
          legend={label}
          hint={hint}
          error={error}
          regionCode={ctx.regionCode}
          selected={Array.isArray(current) ? current : []}
          register={form.register(name)}
        />
      );
    case "tags":
      return (
        <Controller
          control={form.control}
          name={name}
          render={({ field: control }) => (
            <TagsField
              name={name}
              label={label}
              hint={hint}
              error={error}
              value={(control.value as string[] | undefined) ?? []}
              onChange={control.onChange}
              onBlur={control.onBlur}
            />
          )}
        />
      );
    case "slug":
      return (
        <SlugField
          kind={ctx.kind}
          label={label}
          hint={hint}
          error={error}
          siteUrl={ctx.siteUrl}
          value={String(current ?? "")}
          control={form.control}
          savedSlug={ctx.savedSlug}
          register={form.register(name)}
        />
      );
    case "richtext":
      return <RichTextFieldControl field={field} form={form} error={error} />;
    case "image":
      return <ImageFieldControl field={field} form={form} />;
    case "status":
      // Rendered by the publication panel, with the buttons.
      return null;
  }
}
