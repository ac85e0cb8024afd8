"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { userRolesSchema } from "@/lib/validations/admin-users";
import { setUserRolesAction } from "../actions";

type RoleOption = { value: Role; label: string; description: string };

export function RolesForm({ userId, roles, options }: { userId: string; roles: Role[]; options: RoleOption[] }) {
  const { form, onSubmit, status, statusRef, pending } = useActionForm(userRolesSchema, setUserRolesAction, {
    defaultValues: { userId, roles },
  });
  const error = form.formState.errors.roles?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormStatus status={status} statusRef={statusRef} />
      <input type="hidden" {...form.register("userId")} />
      <fieldset aria-describedby={error ? "roles-erreur" : "roles-aide"}>
        <legend className="font-semibold text-ink">Rôles attribués</legend>
        <p id="roles-aide" className="mt-1 text-sm text-ink-muted">
          Tout compte est visiteur inscrit ; cochez les rôles à ajouter. Le changement s&apos;applique dès la page suivante de la personne.
        </p>
        <ul className="mt-3 flex flex-col gap-3">
          {options.map((option) => (
            <li key={option.value} className="flex items-start gap-3">
              <input
                id={`role-${option.value}`}
                type="checkbox"
                value={option.value}
                aria-describedby={`role-${option.value}-aide`}
                className="mt-1 size-5 shrink-0 accent-brand-700"
                {...form.register("roles")}
              />
              <div>
                <label htmlFor={`role-${option.value}`} className="font-semibold">
                  {option.label}
                </label>
                <p id={`role-${option.value}-aide`} className="text-sm text-ink-muted">
                  {option.description}
                </p>
              </div>
            </li>
          ))}
        </ul>
        {error && (
          <p id="roles-erreur" className="mt-2 text-sm font-semibold text-red-800">
            <span className="sr-only">Erreur : </span>
            {error}
          </p>
        )}
      </fieldset>
      <div>
        <Button pending={pending} pendingLabel="Enregistrement…">
          Enregistrer les rôles
        </Button>
      </div>
    </form>
  );
}
