"use client";

import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { passwordResetRequestSchema } from "@/lib/validations/auth";
import { requestPasswordResetAction } from "../../actions";

export function ResetRequestForm() {
  const [done, setDone] = useState(false);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(passwordResetRequestSchema, requestPasswordResetAction, {
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div role="status">
        <Alert tone="success" title="Demande enregistrée">
          Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui
          être envoyé. Il est valable 1 heure.
        </Alert>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField
        id="oubli-email"
        label="Adresse électronique du compte"
        type="email"
        autoComplete="email"
        inputMode="email"
        requiredMark
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <Button pending={pending} pendingLabel="Envoi en cours…">
        Recevoir un lien de réinitialisation
      </Button>
    </form>
  );
}
