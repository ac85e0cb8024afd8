"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Controller } from "react-hook-form";
import { RichTextEditor } from "@/components/forms/rich-text-editor";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { translateActionError } from "@/lib/network/i18n/action-errors";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { postStrings } from "@/lib/network/i18n/posts";
import {
  NETWORK_POST_KIND_VALUES,
  NETWORK_POST_STATUS_VALUES,
  type NetworkPostInput,
  networkPostSchema,
} from "@/lib/validations/network-post";
import { saveNetworkPostAction } from "../actions";
import { controlClass, fieldProps, PostField } from "./post-field";

type Props = { locale: NetworkLocale; initial: NetworkPostInput };

/**
 * The network item form: French title and text required, English optional, event date and place
 * when the item is an event. Validated in the browser with the reader's language, then again by
 * the action, which also sanitises the texts.
 */
export function PostForm({ locale, initial }: Props) {
  const t = pick(postStrings, locale);
  const f = t.form;
  const router = useRouter();
  const schema = useMemo(() => networkPostSchema(locale), [locale]);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(schema, saveNetworkPostAction, {
    defaultValues: initial,
    onSuccess: ({ data }) => {
      if (initial.id) router.refresh();
      else router.push(`/reseau/admin/actualites/${data.id}?enregistre=1`);
    },
  });
  const errors = form.formState.errors;
  const kind = form.watch("kind");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-6">
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none empty:hidden">
        {status && (
          <p
            className={
              status.tone === "error"
                ? "rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900"
                : "rounded-lg border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900"
            }
          >
            <span className="sr-only">{status.tone === "error" ? f.errorPrefix : f.successPrefix}</span>
            {status.tone === "error" ? translateActionError(status.message, locale) : status.message}
          </p>
        )}
      </div>

      <fieldset className="flex flex-wrap gap-x-8 gap-y-3">
        <legend className="mb-2 font-semibold text-ink">{f.kind}</legend>
        {NETWORK_POST_KIND_VALUES.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...form.register("kind")} className="size-5 accent-brand-700" />
            {t.kinds[value]}
          </label>
        ))}
      </fieldset>

      <PostField id="titleFr" label={f.titleFr} mark={f.required} error={errors.titleFr?.message} errorPrefix={f.errorPrefix}>
        <input id="titleFr" {...form.register("titleFr")} {...fieldProps("titleFr", undefined, errors.titleFr?.message)} className={controlClass(errors.titleFr?.message)} lang="fr" />
      </PostField>
      <PostField id="titleEn" label={f.titleEn} mark={f.optional} hint={f.titleEnHint} error={errors.titleEn?.message} errorPrefix={f.errorPrefix}>
        <input id="titleEn" {...form.register("titleEn")} {...fieldProps("titleEn", f.titleEnHint, errors.titleEn?.message)} className={controlClass(errors.titleEn?.message)} lang="en" />
      </PostField>

      <PostField id="bodyFr" labelId="bodyFr-label" asLabel={false} label={f.bodyFr} mark={f.required} error={errors.bodyFr?.message} errorPrefix={f.errorPrefix}>
        <Controller
          name="bodyFr"
          control={form.control}
          render={({ field, fieldState }) => (
            <RichTextEditor
              id="bodyFr"
              labelledBy="bodyFr-label"
              describedBy={fieldState.error ? "bodyFr-erreur" : undefined}
              invalid={!!fieldState.error}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              mediaArea="network"
              locale={locale}
              toolbarLabel={f.toolbarFr}
            />
          )}
        />
      </PostField>
      <PostField id="bodyEn" labelId="bodyEn-label" asLabel={false} label={f.bodyEn} mark={f.optional} hint={f.bodyEnHint} error={errors.bodyEn?.message} errorPrefix={f.errorPrefix}>
        <Controller
          name="bodyEn"
          control={form.control}
          render={({ field, fieldState }) => (
            <RichTextEditor
              id="bodyEn"
              labelledBy="bodyEn-label"
              describedBy={["bodyEn-aide", fieldState.error ? "bodyEn-erreur" : ""].filter(Boolean).join(" ")}
              invalid={!!fieldState.error}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              mediaArea="network"
              locale={locale}
              toolbarLabel={f.toolbarEn}
            />
          )}
        />
      </PostField>

      {kind === "event" && (
        <fieldset className="space-y-4 rounded-lg border border-line p-4">
          <legend className="px-1 font-semibold text-ink">{f.eventHeading}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <PostField id="startsAt" label={f.startsAt} mark={f.required} hint={f.dateHint} error={errors.startsAt?.message} errorPrefix={f.errorPrefix}>
              <input id="startsAt" type="datetime-local" {...form.register("startsAt")} {...fieldProps("startsAt", f.dateHint, errors.startsAt?.message)} className={controlClass(errors.startsAt?.message)} />
            </PostField>
            <PostField id="endsAt" label={f.endsAt} mark={f.optional} hint={f.dateHint} error={errors.endsAt?.message} errorPrefix={f.errorPrefix}>
              <input id="endsAt" type="datetime-local" {...form.register("endsAt")} {...fieldProps("endsAt", f.dateHint, errors.endsAt?.message)} className={controlClass(errors.endsAt?.message)} />
            </PostField>
          </div>
          <PostField id="place" label={f.place} mark={f.optional} error={errors.place?.message} errorPrefix={f.errorPrefix}>
            <input id="place" {...form.register("place")} {...fieldProps("place", undefined, errors.place?.message)} className={controlClass(errors.place?.message)} />
          </PostField>
          <PostField id="onlineUrl" label={f.onlineUrl} mark={f.optional} hint={f.onlineUrlHint} error={errors.onlineUrl?.message} errorPrefix={f.errorPrefix}>
            <input id="onlineUrl" type="url" inputMode="url" {...form.register("onlineUrl")} {...fieldProps("onlineUrl", f.onlineUrlHint, errors.onlineUrl?.message)} className={controlClass(errors.onlineUrl?.message)} />
          </PostField>
        </fieldset>
      )}

      <fieldset aria-describedby="status-aide">
        <legend className="mb-1 font-semibold text-ink">{f.status}</legend>
        <p id="status-aide" className="mb-2 text-sm text-ink-muted">
          {f.statusHint}
        </p>
        <div className="flex flex-wrap gap-x-8 gap-y-3">
          {NETWORK_POST_STATUS_VALUES.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" value={value} {...form.register("status")} className="size-5 accent-brand-700" />
              {t.statuses[value]}
            </label>
          ))}
        </div>
      </fieldset>

      <Button pending={pending} pendingLabel={f.saving}>
        {f.submit}
      </Button>
    </form>
  );
}
