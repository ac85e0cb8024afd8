"use client";

import { type UseFormReturn, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { type FieldDescriptor, STATUS_OPTIONS } from "@/lib/cms/fields";
import type { ContentFormState } from "../_lib/content-form-values";
import { errorOf } from "./content-field";
import { describedByOf, FieldError, FieldFrame, fieldId, GroupFrame, inputClassName } from "./field-frame";

const NEEDS_PUBLISH_RIGHT = new Set(["scheduled", "published"]);

/**
 * The same panel for every kind: the state the content will be in after saving, the date of a
 * scheduled publication, and the buttons. "Enregistrer et publier" saves the form as "Publié" in
 * one gesture, the common case when a text is ready.
 */
export function PublicationPanel({
  form,
  statusField,
  publishAtField,
  canPublish,
  pending,
  onPublish,
}: {
  form: UseFormReturn<ContentFormState>;
  statusField: FieldDescriptor;
  publishAtField: FieldDescriptor;
  canPublish: boolean;
  pending: boolean;
  onPublish: () => void;
}) {
  const status = String(useWatch({ control: form.control, name: "status" }) ?? "draft");
  const statusError = errorOf(form, "status");
  const publishAtError = errorOf(form, "publishAt");

  return (
    <section aria-labelledby="section-publication" className="rounded-xl border border-line bg-white p-4 sm:p-5">
      <h2 id="section-publication" className="text-xl font-bold text-brand-900">
        Publication
      </h2>
      <div className="mt-4 flex flex-col gap-4">
        <GroupFrame
          name="status"
          legend={statusField.label}
          error={statusError}
          required={statusField.required}
          hint={canPublish ? undefined : "Votre rôle permet d'enregistrer des brouillons ; un éditeur les publiera."}
        >
          <ul className="flex flex-col gap-3">
            {STATUS_OPTIONS.map((option) => {
              const id = `${fieldId("status")}-${option.value}`;
              return (
                <li key={option.value} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    value={option.value}
                    disabled={!canPublish && NEEDS_PUBLISH_RIGHT.has(option.value)}
                    aria-describedby={`${id}-aide`}
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                    {...form.register("status")}
                  />
                  <div>
                    <label htmlFor={id} className="font-semibold">
                      {option.label}
                    </label>
                    <p id={`${id}-aide`} className="text-sm text-ink-muted">
                      {option.description}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </GroupFrame>

        {status === "scheduled" && (
          <FieldFrame name="publishAt" label={publishAtField.label} hint={publishAtField.hint} error={publishAtError} required>
            <input
              id={fieldId("publishAt")}
              type="datetime-local"
              aria-invalid={publishAtError ? true : undefined}
              aria-required
              aria-describedby={describedByOf("publishAt", { hint: Boolean(publishAtField.hint), error: Boolean(publishAtError) })}
              className={inputClassName(Boolean(publishAtError), "h-11")}
              {...form.register("publishAt")}
            />
          </FieldFrame>
        )}
        {status !== "scheduled" && <FieldError name="publishAt" message={publishAtError} />}

        <div className="flex flex-col gap-2 border-t border-line pt-4">
          <Button pending={pending} pendingLabel="Enregistrement…">
            Enregistrer
          </Button>
          {canPublish && status !== "published" && (
            <Button type="button" variant="secondary" disabled={pending} onClick={onPublish}>
              Enregistrer et publier
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
