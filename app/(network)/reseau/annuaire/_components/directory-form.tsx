import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/choice-fields";
import { TextField } from "@/components/ui/field";
import type { DirectoryOptions } from "@/db/queries/network-directory";
import { countryLabel } from "@/lib/network/countries";
import {
  CRITERION_PARAMS,
  type DirectoryFilters,
  type DirectorySort,
  MAX_TEXT_CRITERION,
  SELECT_CRITERIA,
  sortParam,
} from "@/lib/network/directory/params";
import type { DirectoryStrings } from "@/lib/network/i18n/directory";
import { intlLocale, type NetworkLocale } from "@/lib/network/i18n/locale";
import type { SearchCriterion } from "@/lib/network/matrix";

type DirectoryFormProps = {
  /** searchableCriteria(viewer): the only fields the form shows. */
  criteria: SearchCriterion[];
  /** The applied filters (allowed ones only), to fill the fields in. */
  filters: DirectoryFilters;
  options: DirectoryOptions;
  sorts: DirectorySort[];
  sort: DirectorySort;
  lang: NetworkLocale | null;
  locale: NetworkLocale;
  t: DirectoryStrings;
  clearHref: string;
};

function optionsOf(criterion: SearchCriterion, options: DirectoryOptions, current: string | number | undefined, locale: NetworkLocale) {
  const values: (string | number)[] = [...((options as Record<string, (string | number)[] | undefined>)[criterion] ?? [])];
  // A shared link may name a value no approved alumni has any more: keep it selected.
  if (current !== undefined && !values.some((value) => String(value) === String(current))) values.push(current);
  const entries = values.map((value) => ({
    value: String(value),
    label: criterion === "countryOfOrigin" || criterion === "countryOfActivity" ? countryLabel(String(value), locale) : String(value),
  }));
  if (criterion === "year") return entries;
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: "base" });
  return entries.sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The search form (GET, so every search is a shareable URL): only the criteria the viewer may
 * use, lists for values present in the directory, text fields matched accent-insensitively.
 */
export function DirectoryForm({ criteria, filters, options, sorts, sort, lang, locale, t, clearHref }: DirectoryFormProps) {
  return (
    <form method="get" action="/reseau/annuaire" role="search" aria-labelledby="annuaire-recherche-titre" className="rounded-xl border border-line bg-white p-5">
      <h2 id="annuaire-recherche-titre" className="text-xl font-bold text-brand-900">
        {t.searchHeading}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {criteria.map((criterion) => {
          const name = CRITERION_PARAMS[criterion];
          const id = `annuaire-${name}`;
          const current = filters[criterion];
          if (SELECT_CRITERIA.has(criterion)) {
            return (
              <SelectField key={criterion} id={id} name={name} label={t.fields[criterion]} defaultValue={current === undefined ? "" : String(current)}>
                <option value="">{t.anyOption}</option>
                {optionsOf(criterion, options, current, locale).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
            );
          }
          return (
            <TextField
              key={criterion}
              id={id}
              name={name}
              type="search"
              label={t.fields[criterion]}
              defaultValue={current === undefined ? "" : String(current)}
              maxLength={MAX_TEXT_CRITERION}
              autoComplete="off"
            />
          );
        })}
        {sorts.length > 1 && (
          <SelectField id="annuaire-tri" name="tri" label={t.sortLabel} defaultValue={sortParam(sort)}>
            {sorts.map((key) => (
              <option key={key} value={sortParam(key)}>
                {t.sorts[key]}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {lang && <input type="hidden" name="lang" value={lang} />}
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <Button type="submit">{t.submit}</Button>
        <Link href={clearHref} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {t.clear}
        </Link>
      </div>
    </form>
  );
}
