"use client";

import { useEffect, useRef, useState } from "react";
import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { NEWSLETTER_KINDS, type NewsletterInput } from "@/lib/validations/network-newsletter";
import { countNewsletterRecipientsAction } from "../actions";
import { CheckboxGroup, type CheckboxOption } from "./checkbox-group";

/** The choices offered, with labels already in the page's language (country names from the server). */
export type SegmentBuilderOptions = {
  countriesOfOrigin: CheckboxOption<string>[];
  countriesOfActivity: CheckboxOption<string>[];
  schools: CheckboxOption<string>[];
  years: CheckboxOption<number>[];
  organisations: CheckboxOption<number>[];
};

type ListName = "countriesOfOrigin" | "countriesOfActivity" | "schools" | "years" | "organisationIds";

/** Waits for the administrator to pause before asking the server again. */
const COUNT_DELAY_MS = 350;

/**
 * Who receives the newsletter, with the number of recipients recounted by the server as the
 * choices change (the same query the sending uses, so the figure is the one that will be sent).
 */
export function SegmentBuilder({
  form,
  locale,
  options,
  initialCount,
}: {
  form: UseFormReturn<NewsletterInput>;
  locale: NetworkLocale;
  options: SegmentBuilderOptions;
  initialCount: number;
}) {
  const t = pick(newsletterStrings, locale);
  const segment = useWatch({ control: form.control, name: "segment" });
  const [count, setCount] = useState<{ state: "ready"; value: number } | { state: "counting" | "failed" }>({ state: "ready", value: initialCount });
  const first = useRef(true);
  const key = JSON.stringify(segment);

  useEffect(() => {
    // The server computed the first figure with the page.
    if (first.current) {
      first.current = false;
      return;
    }
    let cancelled = false;
    setCount({ state: "counting" });
    const timer = setTimeout(async () => {
      try {
        const result = await countNewsletterRecipientsAction(JSON.parse(key));
        if (!cancelled) setCount(result.ok ? { state: "ready", value: result.data.count } : { state: "failed" });
      } catch {
        if (!cancelled) setCount({ state: "failed" });
      }
    }, COUNT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key]);

  const kinds = segment?.kinds ?? [];
  const group = <V extends string | number>(name: ListName, legend: string, choices: CheckboxOption<V>[]) => (
    <Controller
      control={form.control}
      name={`segment.${name}`}
      render={({ field }) => (
        <CheckboxGroup<V>
          legend={legend}
          options={choices}
          value={(field.value ?? []) as V[]}
          onChange={field.onChange}
          emptyText={t.noValues}
          filterLabel={`${t.filterList} (${legend})`}
          countText={t.selectedCount}
        />
      )}
    />
  );

  return (
    <fieldset className="flex flex-col gap-5 rounded-lg border border-line p-4 sm:p-6" aria-describedby="segment-aide">
      <legend className="px-1 text-2xl font-bold text-brand-900">{t.segmentLegend}</legend>
      <p id="segment-aide" className="text-ink-muted">
        {t.segmentHint}
      </p>

      <Controller
        control={form.control}
        name="segment.kinds"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t.kindsLegend}
            options={NEWSLETTER_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
            value={field.value ?? []}
            onChange={field.onChange}
            emptyText={t.noValues}
            filterLabel={t.filterList}
            countText={t.selectedCount}
            error={fieldState.error?.message}
            errorPrefix={t.errorPrefix}
          />
        )}
      />

      {kinds.includes("alumni") && (
        <fieldset className="flex flex-col gap-4 border-l-4 border-brand-200 pl-4">
          <legend className="text-lg font-bold text-ink">{t.alumniCriteria}</legend>
          {group("countriesOfOrigin", t.countriesOfOrigin, options.countriesOfOrigin)}
          {group("countriesOfActivity", t.countriesOfActivity, options.countriesOfActivity)}
          {group("schools", t.schools, options.schools)}
          {group("years", t.years, options.years)}
        </fieldset>
      )}

      {kinds.includes("organisation_member") && (
        <fieldset className="flex flex-col gap-4 border-l-4 border-brand-200 pl-4">
          <legend className="text-lg font-bold text-ink">{t.organisationCriteria}</legend>
          {group("organisationIds", t.organisations, options.organisations)}
        </fieldset>
      )}

      <p role="status" className="text-xl font-bold text-brand-900">
        {count.state === "ready" ? t.recipients(count.value) : count.state === "counting" ? t.counting : t.countFailed}
      </p>
    </fieldset>
  );
}
