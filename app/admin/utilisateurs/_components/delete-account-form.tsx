"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { deleteUserSchema } from "@/lib/validations/admin-users";
import { deleteUserAction } from "../actions";

/** Deletion is final: the administrator types the account's email to confirm (checked on the server). */
export function DeleteAccountForm({ userId, email }: { userId: string; email: string }) {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(deleteUserSchema, deleteUserAction, {
    defaultValues: { userId, confirmation: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormStatus status={status} statusRef={statusRef} />
      <input type="hidden" {...form.register("userId")} />
      <TextField
        id="suppression-confirmation"
        label={
          <>
            Pour confirmer, saisissez l&apos;adresse du compte : <span className="font-mono break-words">{email}</span>
          </>
        }
        hint="Le compte, ses favoris, recherches, historique, consentements et courriels sont effacés définitivement. Le registre des effacements garde la trace de l'opération, sans donnée personnelle."
        autoComplete="off"
        spellCheck={false}
        requiredMark
        error={form.formState.errors.confirmation?.message}
        {...form.register("confirmation")}
      />
      <div>
        <Button variant="danger" pending={pending} pendingLabel="Suppression…">
          Supprimer définitivement le compte
        </Button>
      </div>
    </form>
  );
}
