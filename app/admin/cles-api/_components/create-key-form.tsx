"use client";

import { useRef, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createApiKeySchema } from "@/lib/api/key-form";
import { createApiKeyAction } from "../actions";
import { CopyButton } from "./copy-button";

/** Creates a key, then shows it once, focused, with a way to copy it. */
export function CreateKeyForm({ defaultPerMinute }: { defaultPerMinute: number }) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const secretRef = useRef<HTMLDivElement>(null);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(createApiKeySchema, createApiKeyAction, {
    defaultValues: { name: "", contact: "", perMinute: defaultPerMinute },
    onSuccess: ({ data }) => {
      setCreated({ name: data.name, secret: data.secret });
      form.reset({ name: "", contact: "", perMinute: defaultPerMinute });
      requestAnimationFrame(() => secretRef.current?.focus());
    },
  });
  const errors = form.formState.errors;

  return (
    <div className="flex flex-col gap-5">
      <div ref={secretRef} tabIndex={-1} className="outline-none empty:hidden">
        {created && (
          <Alert tone="success" title={`Clé créée pour « ${created.name} »`} live="status">
            <p>
              Copiez-la maintenant et transmettez-la au partenaire par un canal sûr : <strong>elle ne sera plus jamais affichée</strong>. Le portail
              n&apos;en garde qu&apos;une empreinte.
            </p>
            <p className="mt-2 flex flex-wrap items-center gap-3">
              <code id="cle-creee" className="rounded bg-white px-2 py-1 font-mono text-sm break-all text-ink">
                {created.secret}
              </code>
              <CopyButton text={created.secret} describedBy="cle-creee" />
            </p>
          </Alert>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-labelledby="titre-nouvelle-cle">
        <FormStatus status={status} statusRef={statusRef} />
        <TextField
          id="cle-nom"
          label="Application partenaire"
          hint="Par exemple : Parcours emploi personnalisé (Région)."
          requiredMark
          autoComplete="off"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextField
          id="cle-contact"
          label="Contact"
          hint="Qui prévenir au sujet de cette clé : une personne, une équipe ou une adresse électronique."
          requiredMark
          autoComplete="off"
          error={errors.contact?.message}
          {...form.register("contact")}
        />
        <TextField
          id="cle-limite"
          label="Requêtes par minute"
          hint="La limite propre à cette clé ; sans clé, un client a droit à la limite par défaut du portail."
          type="number"
          inputMode="numeric"
          min={1}
          requiredMark
          error={errors.perMinute?.message}
          {...form.register("perMinute")}
        />
        <Button className="self-start" pending={pending} pendingLabel="Création…">
          Créer la clé
        </Button>
      </form>
    </div>
  );
}
