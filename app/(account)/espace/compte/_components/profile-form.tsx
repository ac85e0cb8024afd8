"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { profileSchema } from "@/lib/validations/auth";
import { updateProfileAction } from "../actions";

export function ProfileForm({ name, email, alertsEnabled }: { name: string; email: string; alertsEnabled: boolean }) {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(profileSchema, updateProfileAction, {
    defaultValues: { name, alertsEnabled },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField id="profil-nom" label="Prénom et nom" autoComplete="name" requiredMark error={form.formState.errors.name?.message} {...form.register("name")} />
      <div className="flex flex-col gap-1">
        <span className="font-semibold">Adresse électronique</span>
        <span>{email}</span>
      </div>
      <CheckboxField
        id="profil-alertes"
        label="Recevoir par courriel les nouveaux résultats de mes recherches enregistrées avec alerte"
        hint="Un message au plus par jour. Vous choisissez les recherches suivies dans « Mes recherches »."
        {...form.register("alertsEnabled")}
      />
      <Button className="self-start" pending={pending} pendingLabel="Enregistrement…">
        Enregistrer
      </Button>
    </form>
  );
}
