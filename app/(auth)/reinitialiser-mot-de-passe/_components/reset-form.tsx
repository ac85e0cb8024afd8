"use client";

import Link from "next/link";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { passwordResetSchema } from "@/lib/validations/auth";
import { resetPasswordAction } from "../../actions";

export function ResetForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(passwordResetSchema, resetPasswordAction, {
    defaultValues: { token },
    onSuccess: () => setDone(true),
  });
  const { errors } = form.formState;
  if (done) {
    return (
      <div role="status" className="flex flex-col gap-4">
        <Alert tone="success" title="Mot de passe modifié">
          Votre nouveau mot de passe est enregistré. Par sécurité, vos autres sessions ont été fermées.
        </Alert>
        <p>
          <Link href="/connexion">Se connecter</Link>
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <input type="hidden" {...form.register("token")} />
      <NewPasswordFields idPrefix="reinit" label="Nouveau mot de passe" register={form.register} errors={errors} />
      <Button pending={pending} pendingLabel="Enregistrement…">
        Enregistrer le nouveau mot de passe
      </Button>
    </form>
  );
}
