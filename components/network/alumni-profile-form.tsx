"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { coreStrings } from "@/lib/network/i18n/core";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { ALUMNI_FIELD_LABELS, profileStrings } from "@/lib/network/i18n/profile";
import type { AlumniField } from "@/lib/network/matrix";
import { type AlumniProfileInput, alumniProfileSchema } from "@/lib/validations/network-profile";
import { NetworkSelectField, NetworkTextField } from "./fields";
import { NetworkFormStatus } from "./form-status";

type Props = {
  locale: NetworkLocale;
  countries: { code: string; label: string }[];
  defaults: AlumniProfileInput;
  /** The member's own action, or an administrator's bound to the member (userId added). */
  action: (input: AlumniProfileInput & { userId?: string }) => Promise<ActionResult<unknown>>;
  userId?: string;
};

const REQUIRED: readonly AlumniField[] = ["countryOfOrigin", "lastName", "firstName", "company"];

const SECTIONS: { key: "identity" | "career" | "training" | "contact"; fields: AlumniField[] }[] = [
  { key: "identity", fields: ["lastName", "firstName", "countryOfOrigin", "schoolOfOrigin"] },
  { key: "career", fields: ["countryOfActivity", "company", "position"] },
  { key: "training", fields: ["trainingType", "speciality", "school", "year", "internshipCompany"] },
  { key: "contact", fields: ["contactEmail", "contactPhone"] },
];

const AUTOCOMPLETE: Partial<Record<AlumniField, string>> = {
  lastName: "family-name",
  firstName: "given-name",
  company: "organization",
  position: "organization-title",
  contactEmail: "email",
  contactPhone: "tel",
};

/** The 14 fields of an alumni profile, in four groups; the same zod schema as the server action. */
export function AlumniProfileForm({ locale, countries, defaults, action, userId }: Props) {
  const t = pick(profileStrings, locale);
  const core = pick(coreStrings, locale);
  const labels = pick(ALUMNI_FIELD_LABELS, locale);
  const schema = alumniProfileSchema(locale);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(schema, (values) => action(userId ? { ...values, userId } : values), {
    defaultValues: defaults,
  });
  const { errors } = form.formState;

  function field(name: AlumniField) {
    const id = `profil-${name}`;
    const common = {
      id,
      label: labels[name],
      hint: (t.hints as Partial<Record<AlumniField, string>>)[name],
      requiredMark: REQUIRED.includes(name),
      locale,
      error: errors[name]?.message,
      // Also rendered by the server, so the values show before hydration.
      defaultValue: String(defaults[name] ?? ""),
    };
    if (name === "countryOfOrigin" || name === "countryOfActivity") {
      return (
        <NetworkSelectField key={name} {...common} {...form.register(name)}>
          <option value="">{name === "countryOfOrigin" ? t.chooseCountry : t.noCountry}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.label}
            </option>
          ))}
        </NetworkSelectField>
      );
    }
    return (
      <NetworkTextField
        key={name}
        {...common}
        type={name === "contactEmail" ? "email" : name === "contactPhone" ? "tel" : "text"}
        inputMode={name === "year" ? "numeric" : undefined}
        autoComplete={AUTOCOMPLETE[name] ?? "off"}
        {...form.register(name)}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <NetworkFormStatus status={status} statusRef={statusRef} locale={locale} />
      {SECTIONS.map((section) => (
        <fieldset key={section.key} className="flex flex-col gap-5">
          <legend className="mb-3 text-xl font-bold text-brand-900">{t.sections[section.key]}</legend>
          <div className="grid gap-5 sm:grid-cols-2">{section.fields.map(field)}</div>
        </fieldset>
      ))}
      <div>
        <Button pending={pending} pendingLabel={core.saving}>
          {core.save}
        </Button>
      </div>
    </form>
  );
}
