"use client";

import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PASSWORD_RULE, passwordChangeSchema } from "@/lib/validations/auth";
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
      <TextField
        id="changement-nouveau"
        label="Nouveau mot de passe"
        hint={PASSWORD_RULE}
        type="password"
        autoComplete="new-password"
        requiredMark
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField
        id="changement-confirmation"
        label="Confirmation du nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        requiredMark
        error={errors.passwordConfirmation?.message}
        {...form.register("passwordConfirmation")}
      />
      <Button className="self-start" pending={pending} pendingLabel="Enregistrement…">
        Enregistrer le nouveau mot de passe
      </Button>
    </form>
  );
}
