"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { magicLinkSchema } from "@/lib/validations/auth";
import { signInWithEmailLinkAction } from "../../actions";

export function EmailLinkForm({ returnTo }: { returnTo?: string }) {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(magicLinkSchema, (values) =>
    signInWithEmailLinkAction({ ...values, retour: returnTo }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField
        id="lien-email"
        label="Adresse électronique"
        hint="Vous recevrez un lien valable 24 heures, à usage unique."
        type="email"
        autoComplete="email"
        inputMode="email"
        requiredMark
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <Button variant="secondary" pending={pending} pendingLabel="Envoi en cours…">
        Recevoir un lien de connexion
      </Button>
    </form>
  );
}
