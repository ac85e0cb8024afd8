"use client";

import Link from "next/link";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { CaptchaField, type CaptchaHandle } from "@/components/forms/captcha-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/choice-fields";
import { TextField } from "@/components/ui/field";
import { CONTACT_SUBJECTS, type ContactSubject, contactSchema, MESSAGE_MAX, MESSAGE_MIN } from "@/lib/validations/contact";
import { sendContactMessageAction } from "../actions";

type ContactFormProps = {
  /** A same-site path, already checked by the page. */
  depuis?: string;
  subject?: ContactSubject;
};

export function ContactForm({ depuis, subject }: ContactFormProps) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [solving, setSolving] = useState(false);
  const { form, onSubmit, status, statusRef, pending } = useActionForm(contactSchema, sendContactMessageAction, {
    defaultValues: { name: "", email: "", subject, message: "", depuis: depuis ?? "", captcha: "" },
    onSuccess: () => setSentTo(form.getValues("email")),
  });
  const captchaRef = useRef<CaptchaHandle>(null);
  const { errors } = form.formState;

  // A refused message used up its solution (or it was refused): get a fresh one for the next try.
  useEffect(() => {
    if (status?.tone === "error") void captchaRef.current?.renew();
  }, [status]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.getValues("captcha")) {
      setSolving(true);
      form.setValue("captcha", (await captchaRef.current?.solve()) ?? "");
      setSolving(false);
    }
    await onSubmit(event);
  }

  if (sentTo) return <Confirmation email={sentTo} depuis={depuis} />;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <FormStatus status={status} statusRef={statusRef} />
      <TextField id="contact-nom" label="Votre nom" autoComplete="name" requiredMark error={errors.name?.message} {...form.register("name")} />
      <TextField
        id="contact-email"
        label="Votre adresse électronique"
        hint="Pour vous répondre. Format attendu : nom@exemple.fr"
        type="email"
        autoComplete="email"
        inputMode="email"
        requiredMark
        error={errors.email?.message}
        {...form.register("email")}
      />
      <SelectField id="contact-sujet" label="Sujet de votre message" requiredMark error={errors.subject?.message} {...form.register("subject")}>
        <option value="">Choisissez un sujet</option>
        {CONTACT_SUBJECTS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="contact-message"
        label="Votre message"
        hint={`Entre ${MESSAGE_MIN} et ${MESSAGE_MAX.toLocaleString("fr-FR")} caractères. N'y indiquez pas d'informations sensibles (santé, numéro de sécurité sociale…).`}
        rows={8}
        requiredMark
        error={errors.message?.message}
        {...form.register("message")}
      />
      <input type="hidden" {...form.register("depuis")} />
      <CaptchaField
        ref={captchaRef}
        id="contact-captcha"
        onPayload={(payload) => form.setValue("captcha", payload)}
        error={errors.captcha?.message}
      />
      <p className="text-sm text-ink-muted">
        Vos nom, adresse et message sont transmis à l&apos;équipe du portail pour traiter votre demande et vous répondre, et à rien d&apos;autre.
        Pour en savoir plus et exercer vos droits, consultez la page{" "}
        <Link href="/donnees-personnelles#si-vous-nous-ecrivez">Données personnelles</Link>.
      </p>
      <div>
        <Button pending={pending || solving} pendingLabel={solving ? "Vérification anti-robot…" : "Envoi en cours…"}>
          Envoyer le message
        </Button>
      </div>
    </form>
  );
}

function Confirmation({ email, depuis }: { email: string; depuis?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // The form is gone: focus goes to what replaced it, so it is read at once.
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="flex flex-col gap-4 rounded-lg border-l-4 border-green-700 bg-green-50 px-5 py-4 outline-none">
      <h2 className="text-xl font-bold text-green-900">Votre message a bien été envoyé.</h2>
      <p className="text-green-900">
        Nous vous répondrons dès que possible à l&apos;adresse <strong>{email}</strong>.
      </p>
      <p>
        {depuis ? <Link href={depuis}>Revenir à la page que vous consultiez</Link> : <Link href="/">Revenir à l&apos;accueil</Link>}
      </p>
    </div>
  );
}
