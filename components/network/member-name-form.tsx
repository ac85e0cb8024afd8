"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { coreStrings } from "@/lib/network/i18n/core";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { profileStrings } from "@/lib/network/i18n/profile";
import { memberNameSchema } from "@/lib/validations/network-profile";
import { NetworkTextField } from "./fields";
import { NetworkFormStatus } from "./form-status";

/** An organisation member's or an administrator's own profile: the displayed name. */
export function MemberNameForm({
  locale,
  name,
  action,
}: {
  locale: NetworkLocale;
  name: string;
  action: (input: { name: string }) => Promise<ActionResult<unknown>>;
}) {
  const t = pick(profileStrings, locale);
  const core = pick(coreStrings, locale);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(memberNameSchema(locale), action, { defaultValues: { name } });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <NetworkFormStatus status={status} statusRef={statusRef} locale={locale} />
      <NetworkTextField id="profil-nom" label={t.name} autoComplete="name" requiredMark locale={locale} error={form.formState.errors.name?.message} defaultValue={name} {...form.register("name")} />
      <div>
        <Button pending={pending} pendingLabel={core.saving}>
          {core.save}
        </Button>
      </div>
    </form>
  );
}
