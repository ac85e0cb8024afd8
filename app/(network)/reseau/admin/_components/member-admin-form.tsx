"use client";

import { NetworkSelectField, NetworkTextField } from "@/components/network/fields";
import { NetworkFormStatus } from "@/components/network/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { coreStrings } from "@/lib/network/i18n/core";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { memberAdminSchema } from "@/lib/validations/network-profile";
import { adminUpdateMemberAction } from "../actions";

type Props = {
  locale: NetworkLocale;
  userId: string;
  name: string;
  organisationId: number | null;
  /** Only for organisation members. */
  organisations: { id: number; name: string }[] | null;
  /** Only for holders of a network administration role. */
  adminScope: "bricks" | "campus" | null | undefined;
};

/** What an administrator sets on a member: name, organisation, and an administrator's scope. */
export function MemberAdminForm({ locale, userId, name, organisationId, organisations, adminScope }: Props) {
  const t = pick(membershipAdminStrings, locale);
  const core = pick(coreStrings, locale);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(memberAdminSchema(locale), adminUpdateMemberAction, {
    defaultValues: { userId, name, organisationId: organisationId ? String(organisationId) : "", adminScope: adminScope ?? "" },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <NetworkFormStatus status={status} statusRef={statusRef} locale={locale} />
      <input type="hidden" {...form.register("userId")} />
      <NetworkTextField id="membre-nom" label={t.name} requiredMark locale={locale} error={errors.name?.message} {...form.register("name")} />
      {organisations && (
        <NetworkSelectField id="membre-organisme" label={t.organisation} locale={locale} error={errors.organisationId?.message} {...form.register("organisationId")}>
          <option value="">{t.noOrganisation}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </NetworkSelectField>
      )}
      {adminScope !== undefined && (
        <NetworkSelectField
          id="membre-perimetre"
          label={t.adminScope}
          hint={t.adminLevelFromRole}
          locale={locale}
          error={errors.adminScope?.message}
          {...form.register("adminScope")}
        >
          {(["bricks", "campus"] as const).map((scope) => (
            <option key={scope} value={scope}>
              {core.adminScopes[scope]}
            </option>
          ))}
        </NetworkSelectField>
      )}
      <div>
        <Button pending={pending} pendingLabel={core.saving}>
          {core.save}
        </Button>
      </div>
    </form>
  );
}
