"use client";

import Link from "next/link";
import { useState } from "react";
import type { FieldErrors } from "react-hook-form";
import { NetworkAlert, NetworkCheckboxField, NetworkSelectField, NetworkTextField } from "@/components/network/fields";
import { NetworkFormStatus } from "@/components/network/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { signupStrings } from "@/lib/network/i18n/signup";
import { type NetworkSignupInput, networkApplicationSchema, networkSignupSchema } from "@/lib/validations/network-signup";
import { applyToNetworkAction } from "../actions";

type Props = {
  locale: NetworkLocale;
  countries: { code: string; label: string }[];
  organisations: { id: number; name: string; city: string | null }[];
  /** The signed-in account's address: the request is attached to it, no account fields. */
  signedInEmail: string | null;
};

type AllErrors = FieldErrors<{
  lastName: string;
  firstName: string;
  countryOfOrigin: string;
  company: string;
  organisationId: string;
  email: string;
  password: string;
  passwordConfirmation: string;
  acceptTerms: boolean;
}>;

/** Both request forms (alumni, organisation member) behind one choice; every field is mandatory. */
export function SignupForm({ locale, countries, organisations, signedInEmail }: Props) {
  const t = pick(signupStrings, locale);
  const [done, setDone] = useState<{ email: string | null } | null>(null);
  // Signed in, the account fields are not asked: the request schema alone, with the same field names.
  const schema = (signedInEmail ? networkApplicationSchema(locale) : networkSignupSchema(locale)) as ReturnType<typeof networkSignupSchema>;
  const { form, onSubmit, status, statusRef, pending } = useActionForm(schema, applyToNetworkAction, {
    defaultValues: { kind: "alumni" } as NetworkSignupInput,
    onSuccess: () => setDone({ email: signedInEmail ? null : String(form.getValues("email") ?? "") }),
  });
  const errors = form.formState.errors as AllErrors;
  const kind = form.watch("kind");

  if (done) {
    return (
      <NetworkAlert tone="success" title={t.doneTitle} live="status" locale={locale}>
        <p>{done.email ? t.doneNew(done.email) : t.doneSignedIn}</p>
      </NetworkAlert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <NetworkFormStatus status={status} statusRef={statusRef} locale={locale} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-bold text-brand-900">{t.choiceLegend}</legend>
        {(["alumni", "organisation_member"] as const).map((value) => (
          <div key={value} className="flex items-start gap-3 rounded-lg border border-line bg-white p-3">
            <input
              type="radio"
              id={`adhesion-type-${value}`}
              value={value}
              aria-describedby={`adhesion-type-${value}-aide`}
              className="mt-1 size-5 shrink-0 accent-brand-700"
              {...form.register("kind")}
            />
            <label htmlFor={`adhesion-type-${value}`} className="flex flex-col">
              <span className="font-semibold">{t.kinds[value].label}</span>
              <span id={`adhesion-type-${value}-aide`} className="text-sm text-ink-muted">
                {t.kinds[value].hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <NetworkTextField id="adhesion-nom" label={t.lastName} autoComplete="family-name" requiredMark locale={locale} error={errors.lastName?.message} {...form.register("lastName")} />
        <NetworkTextField id="adhesion-prenom" label={t.firstName} autoComplete="given-name" requiredMark locale={locale} error={errors.firstName?.message} {...form.register("firstName")} />
      </div>

      {kind === "organisation_member" ? (
        organisations.length > 0 ? (
          <NetworkSelectField id="adhesion-organisme" label={t.organisation} requiredMark locale={locale} error={errors.organisationId?.message} {...form.register("organisationId")}>
            <option value="">{t.chooseOrganisation}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.city ? `${organisation.name} (${organisation.city})` : organisation.name}
              </option>
            ))}
          </NetworkSelectField>
        ) : (
          <NetworkAlert tone="warning" locale={locale}>
            {t.noOrganisation}
          </NetworkAlert>
        )
      ) : (
        <>
          <NetworkSelectField id="adhesion-pays" label={t.countryOfOrigin} requiredMark locale={locale} error={errors.countryOfOrigin?.message} {...form.register("countryOfOrigin")}>
            <option value="">{t.chooseCountry}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.label}
              </option>
            ))}
          </NetworkSelectField>
          <NetworkTextField id="adhesion-societe" label={t.company} hint={t.companyHint} autoComplete="organization" requiredMark locale={locale} error={errors.company?.message} {...form.register("company")} />
        </>
      )}

      {signedInEmail ? (
        <p className="text-ink-muted">{t.signedInAs(signedInEmail)}</p>
      ) : (
        <>
          <NetworkTextField id="adhesion-email" label={t.email} hint={t.emailHint} type="email" autoComplete="email" inputMode="email" requiredMark locale={locale} error={errors.email?.message} {...form.register("email")} />
          <NetworkTextField id="adhesion-mot-de-passe" label={t.password} hint={t.passwordHint} type="password" autoComplete="new-password" requiredMark locale={locale} error={errors.password?.message} {...form.register("password")} />
          <NetworkTextField id="adhesion-confirmation" label={t.passwordConfirmation} type="password" autoComplete="new-password" requiredMark locale={locale} error={errors.passwordConfirmation?.message} {...form.register("passwordConfirmation")} />
        </>
      )}

      <NetworkCheckboxField
        id="adhesion-conditions"
        locale={locale}
        label={
          <>
            {t.acceptBefore}
            <Link href="/mentions-legales" hrefLang="fr">
              {t.legalNotice}
            </Link>
            {t.acceptMiddle}
            <Link href="/conditions-utilisation" hrefLang="fr">
              {t.terms}
            </Link>
            {t.acceptAfter}
          </>
        }
        error={errors.acceptTerms?.message}
        {...form.register("acceptTerms")}
      />
      <div>
        <Button pending={pending} pendingLabel={t.submitting} disabled={kind === "organisation_member" && organisations.length === 0}>
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
