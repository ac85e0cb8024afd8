"use client";

import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { PASSWORD_RULE } from "@/lib/validations/auth";

type NewPassword = { password: string; passwordConfirmation: string };

/**
 * The new password and its confirmation, as every form that sets one shows them: the rule in
 * the hint, new-password autocompletion (so password managers offer a strong one), errors linked.
 */
export function NewPasswordFields<T extends FieldValues & NewPassword>({
  idPrefix,
  register,
  errors,
  label = "Mot de passe",
}: {
  idPrefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  /** "Mot de passe" at sign-up, "Nouveau mot de passe" when replacing one. */
  label?: string;
}) {
  const fieldErrors = errors as FieldErrors<NewPassword>;
  return (
    <>
      <TextField
        id={`${idPrefix}-mot-de-passe`}
        label={label}
        hint={PASSWORD_RULE}
        type="password"
        autoComplete="new-password"
        requiredMark
        error={fieldErrors.password?.message}
        {...register("password" as Path<T>)}
      />
      <TextField
        id={`${idPrefix}-confirmation`}
        label={`Confirmation du ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
        type="password"
        autoComplete="new-password"
        requiredMark
        error={fieldErrors.passwordConfirmation?.message}
        {...register("passwordConfirmation" as Path<T>)}
      />
    </>
  );
}
