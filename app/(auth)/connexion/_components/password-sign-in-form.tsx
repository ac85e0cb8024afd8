"use client";

import Link from "next/link";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInSchema } from "@/lib/validations/auth";
import { signInWithPasswordAction } from "../../actions";

export function PasswordSignInForm({ returnTo }: { returnTo?: string }) {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(signInSchema, (values) =>
    signInWithPasswordAction({ ...values, retour: returnTo }),
  );
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField
        id="connexion-email"
        label="Adresse électronique"
        type="email"
        autoComplete="email"
        inputMode="email"
        requiredMark
        error={errors.email?.message}
        {...form.register("email")}
      />
      <TextField
        id="connexion-mot-de-passe"
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        requiredMark
        error={errors.password?.message}
        {...form.register("password")}
      />
      <p className="text-sm">
        <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <Button pending={pending} pendingLabel="Connexion en cours…">
        Se connecter
      </Button>
    </form>
  );
}
