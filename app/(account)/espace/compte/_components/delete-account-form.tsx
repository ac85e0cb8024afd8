"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { deleteAccountSchema } from "@/lib/validations/auth";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(deleteAccountSchema, deleteAccountAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField
        id="suppression-confirmation"
        label="Pour confirmer, saisissez SUPPRIMER"
        hint="La suppression est immédiate et définitive."
        autoComplete="off"
        error={form.formState.errors.confirmation?.message}
        {...form.register("confirmation")}
      />
      <Button variant="danger" className="self-start" pending={pending} pendingLabel="Suppression…">
        Supprimer définitivement mon compte
      </Button>
    </form>
  );
}
