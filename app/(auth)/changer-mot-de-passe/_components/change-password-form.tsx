"use client";

import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { passwordChangeSchema } from "@/lib/validations/auth";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ hasPassword, forced }: { hasPassword: boolean; forced: boolean }) {
  const router = useRouter();
  const { form, onSubmit, status, statusRef, pending } = useActionForm(passwordChangeSchema, changePasswordAction, {
    defaultValues: { currentPassword: "" },
    onSuccess: () => {
      form.reset({ currentPassword: "", password: "", passwordConfirmation: "" });
      if (forced) router.push("/espace");
      else router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      {hasPassword && (
        <TextField
          id="changement-actuel"
          label={forced ? "Mot de passe provisoire" : "Mot de passe actuel"}
          type="password"
          autoComplete="current-password"
          requiredMark
          error={errors.currentPassword?.message}
          {...form.register("currentPassword")}
        />
      )}
      <NewPasswordFields idPrefix="changement" label="Nouveau mot de passe" register={form.register} errors={errors} />
      <Button className="self-start" pending={pending} pendingLabel="Enregistrement…">
        Enregistrer le nouveau mot de passe
      </Button>
    </form>
  );
}
