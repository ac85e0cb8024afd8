"use client";

import Link from "next/link";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { PASSWORD_RULE, signUpSchema } from "@/lib/validations/auth";
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
      <TextField
        id="inscription-mot-de-passe"
        label="Mot de passe"
        hint={PASSWORD_RULE}
        type="password"
        autoComplete="new-password"
        requiredMark
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField
        id="inscription-confirmation"
        label="Confirmation du mot de passe"
        type="password"
        autoComplete="new-password"
        requiredMark
        error={errors.passwordConfirmation?.message}
        {...form.register("passwordConfirmation")}
      />
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
