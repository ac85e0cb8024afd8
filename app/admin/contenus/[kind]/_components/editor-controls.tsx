"use client";

import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import { ImageField } from "@/components/forms/image-field";
import { RichTextEditor } from "@/components/forms/rich-text-editor";
import type { FieldDescriptor } from "@/lib/cms/fields";
import type { ContentFormState } from "../_lib/content-form-values";
import { describedByOf, FieldError, fieldId, FieldHint, RequiredMark } from "./field-frame";

/** The rich text editor as a form field: a visible name (not a <label>: the area is contenteditable), hint and error. */
export function RichTextFieldControl({ field, form, error }: { field: FieldDescriptor; form: UseFormReturn<ContentFormState>; error?: string }) {
  const id = fieldId(field.name);
  return (
    <div data-field className="flex flex-col gap-1">
      <p id={`${id}-label`} className="font-semibold text-ink">
        {field.label}
        <RequiredMark required={field.required} />
      </p>
      <FieldHint name={field.name}>{field.hint}</FieldHint>
      <Controller
        control={form.control}
        name={field.name}
        render={({ field: control }) => (
          <RichTextEditor
            id={id}
            labelledBy={`${id}-label`}
            describedBy={describedByOf(field.name, { hint: Boolean(field.hint), error: Boolean(error) })}
            invalid={Boolean(error)}
            value={(control.value as string | null | undefined) ?? ""}
            onChange={control.onChange}
            onBlur={control.onBlur}
            ref={control.ref}
            toolbarLabel={`Mise en forme : ${field.label}`}
          />
        )}
      />
      <FieldError name={field.name} message={error} />
    </div>
  );
}

/** Id of the image's alternative-text input, for the error summary. */
export function imageAltInputId(field: FieldDescriptor): string {
  return `${fieldId(field.name)}-alt`;
}

/** The main image and its alternative text: one control writing two form fields. */
export function ImageFieldControl({ field, form }: { field: FieldDescriptor; form: UseFormReturn<ContentFormState> }) {
  const altName = field.altName ?? "imageAlt";
  const [imageId, imageAlt] = useWatch({ control: form.control, name: [field.name, altName] }) as [string | null | undefined, string | null | undefined];
  const errors = form.formState.errors;
  const message = errors[altName]?.message ?? errors[field.name]?.message;
  return (
    <ImageField
      id={fieldId(field.name)}
      label={field.label}
      hint={field.hint}
      value={{ imageId: imageId || null, imageAlt: imageAlt ?? null }}
      error={typeof message === "string" ? message : undefined}
      onChange={(value) => {
        form.setValue(field.name, value.imageId ?? "", { shouldDirty: true });
        form.setValue(altName, value.imageAlt, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      }}
    />
  );
}
