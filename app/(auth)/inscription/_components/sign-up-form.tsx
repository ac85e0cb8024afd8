"use client";

import Link from "next/link";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { signUpSchema } from "@/lib/validations/auth";
import { signUpAction } from "../../actions";

export function SignUpForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(signUpSchema, signUpAction, {
    onSuccess: () => setSentTo(form.getValues("email")),
  });
  const { errors } = form.formState;

  if (sentTo) {
    return (
      <div role="status" className="flex flex-col gap-4">
        <Alert tone="success" title="Vérifiez votre messagerie">
          Un message vient d&apos;être envoyé à <strong>{sentTo}</strong>. Ouvrez le lien qu&apos;il contient
          pour confirmer votre adresse et activer votre compte (le lien est valable 24 heures).
        </Alert>
        <p>
          Déjà confirmé ? <Link href="/connexion">Se connecter</Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField
        id="inscription-nom"
        label="Prénom et nom"
        autoComplete="name"
        requiredMark
        error={errors.name?.message}
        {...form.register("name")}
      />
      <TextField
        id="inscription-email"
        label="Adresse électronique"
        hint="Elle sert à vous connecter et à recevoir vos alertes."
        type="email"
        autoComplete="email"
        inputMode="email"
        requiredMark
        error={errors.email?.message}
        {...form.register("email")}
      />
      <NewPasswordFields idPrefix="inscription" label="Mot de passe" register={form.register} errors={errors} />
      <CheckboxField
        id="inscription-conditions"
        label={
          <>
            J&apos;accepte les <Link href="/conditions-utilisation">conditions d&apos;utilisation</Link> et j&apos;ai
            lu la <Link href="/donnees-personnelles">politique de confidentialité</Link>.
          </>
        }
        error={errors.acceptTerms?.message}
        {...form.register("acceptTerms")}
      />
      <Button pending={pending} pendingLabel="Création du compte…">
        Créer mon compte
      </Button>
    </form>
  );
}
