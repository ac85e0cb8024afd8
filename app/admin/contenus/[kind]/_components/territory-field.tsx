"use client";

import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { DEPARTMENT_NAMES, REGION_NAMES } from "@/lib/catalog/territories";
import type { FieldOption } from "@/lib/cms/fields";
import { territoryLabel } from "@/lib/editorial/labels";
import { departmentsOfRegion } from "@/lib/editorial/territory-scope";
import { departmentTerritory, NATIONAL_TERRITORY, regionTerritory } from "@/lib/editorial/vocabulary";
import { CheckboxListField } from "./checkbox-list-field";
import { fieldId, GroupFrame } from "./field-frame";

const byLabel = (a: FieldOption, b: FieldOption) => a.label.localeCompare(b.label, "fr");

/**
 * Where a content applies. A regional portal mostly says "the whole region" or "these
 * departments", so those are offered directly; codes from elsewhere (imports, national schemes)
 * stay listed under "Autres territoires" so an edit never drops them. When the site's region is
 * unknown, every region and department is offered in one filterable list.
 */
export function TerritoryField({
  name,
  legend,
  hint,
  error,
  regionCode,
  selected,
  register,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  regionCode: string | null;
  selected: readonly string[];
  register: UseFormRegisterReturn;
}) {
  const regionName = regionCode ? REGION_NAMES[regionCode] : undefined;
  // Captured once: unticking one of these must leave its box in place, to tick it again.
  const [initial] = useState(selected);
  if (!regionCode || !regionName) {
    const all: FieldOption[] = [
      { value: NATIONAL_TERRITORY, label: territoryLabel(NATIONAL_TERRITORY) },
      ...Object.keys(REGION_NAMES).map((code) => ({ value: regionTerritory(code), label: territoryLabel(regionTerritory(code)) })).sort(byLabel),
      ...Object.keys(DEPARTMENT_NAMES).map((code) => ({ value: departmentTerritory(code), label: territoryLabel(departmentTerritory(code)) })).sort(byLabel),
    ];
    return <CheckboxListField name={name} legend={legend} hint={hint} error={error} options={all} selected={selected} register={register} />;
  }

  const region = regionTerritory(regionCode);
  const departments = departmentsOfRegion(regionCode).map((code) => ({ value: departmentTerritory(code), label: territoryLabel(departmentTerritory(code)) }));
  const offered = new Set([NATIONAL_TERRITORY, region, ...departments.map((d) => d.value)]);
  const others = initial.filter((value) => !offered.has(value));

  const box = (value: string, label: string) => {
    const id = `${fieldId(name)}-${value}`;
    return (
      <li key={value} className="flex items-start gap-3">
        <input id={id} type="checkbox" value={value} className="mt-1 size-5 shrink-0 accent-brand-700" {...register} />
        <label htmlFor={id}>{label}</label>
      </li>
    );
  };

  return (
    <GroupFrame name={name} legend={legend} hint={hint} error={error}>
      <ul className="flex flex-col gap-2">
        {box(NATIONAL_TERRITORY, territoryLabel(NATIONAL_TERRITORY))}
        {box(region, `Toute la région ${regionName}`)}
      </ul>
      <fieldset className="mt-3 min-w-0">
        <legend className="mb-2 text-sm font-semibold text-ink">Ou seulement certains départements de la région</legend>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 xl:grid-cols-3">{departments.map((d) => box(d.value, d.label))}</ul>
      </fieldset>
      {others.length > 0 && (
        <fieldset className="mt-3 min-w-0">
          <legend className="mb-2 text-sm font-semibold text-ink">Autres territoires</legend>
          <ul className="flex flex-col gap-2">{others.map((value) => box(value, territoryLabel(value)))}</ul>
        </fieldset>
      )}
    </GroupFrame>
  );
}
