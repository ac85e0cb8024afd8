"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Controller } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { RichTextEditor } from "@/components/forms/rich-text-editor";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { translateActionError } from "@/lib/network/i18n/action-errors";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { type NewsletterInput, newsletterSchema } from "@/lib/validations/network-newsletter";
import { saveNewsletterAction } from "../actions";
import { type SegmentBuilderOptions, SegmentBuilder } from "./segment-builder";

/** Composition of a newsletter: French and English versions, then the segment with its live count. */
export function NewsletterForm({
  locale,
  id,
  defaultValues,
  options,
  initialCount,
}: {
  locale: NetworkLocale;
  /** Absent for a new newsletter. */
  id?: number;
  defaultValues: NewsletterInput;
  options: SegmentBuilderOptions;
  initialCount: number;
}) {
  const t = pick(newsletterStrings, locale);
  const router = useRouter();
  const schema = useMemo(() => newsletterSchema(locale), [locale]);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(
    schema,
    async (values) => {
      const result = await saveNewsletterAction(id === undefined ? values : { ...values, id });
      return result.ok ? result : { ...result, error: translateActionError(result.error, locale) };
    },
    {
      defaultValues,
      onSuccess: ({ data }) => router.push(`/reseau/admin/lettres/${data.id}`),
    },
  );
  const errors = form.formState.errors;

  const richText = (name: "bodyFr" | "bodyEn", label: string, toolbar: string) => {
    const fieldId = name === "bodyFr" ? "texte-fr" : "texte-en";
    const error = errors[name]?.message;
    return (
      <div className="flex flex-col gap-1">
        <p id={`${fieldId}-label`} className="font-semibold text-ink">
          {label}
          {name === "bodyFr" && <span className="font-normal text-ink-muted"> {t.required}</span>}
        </p>
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <RichTextEditor
              id={fieldId}
              labelledBy={`${fieldId}-label`}
              describedBy={error ? `${fieldId}-erreur` : undefined}
              invalid={Boolean(error)}
              value={field.value ?? ""}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              toolbarLabel={toolbar}
              mediaArea="network"
              locale={locale}
            />
          )}
        />
        {error && (
          <p id={`${fieldId}-erreur`} className="text-sm font-semibold text-red-800">
            <span className="sr-only">{t.errorPrefix}</span>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <FormStatus status={status} statusRef={statusRef} />

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t.frenchVersion}</legend>
        <TextField
          id="objet-fr"
          label={
            <>
              {t.subjectFr}
              <span className="font-normal text-ink-muted"> {t.required}</span>
            </>
          }
          lang="fr"
          error={errors.subjectFr?.message}
          {...form.register("subjectFr")}
        />
        {richText("bodyFr", t.bodyFr, t.toolbarFr)}
      </fieldset>

      <fieldset className="flex flex-col gap-5" aria-describedby="version-en-aide">
        <legend className="mb-2 text-2xl font-bold text-brand-900">{t.englishVersion}</legend>
        <p id="version-en-aide" className="text-ink-muted">
          {t.englishHint}
        </p>
        <TextField id="objet-en" label={t.subjectEn} lang="en" error={errors.subjectEn?.message} {...form.register("subjectEn")} />
        {richText("bodyEn", t.bodyEn, t.toolbarEn)}
      </fieldset>

      <SegmentBuilder form={form} locale={locale} options={options} initialCount={initialCount} />

      <div>
        <Button pending={pending} pendingLabel={t.saving}>
          {t.saveDraft}
        </Button>
      </div>
    </form>
  );
}
