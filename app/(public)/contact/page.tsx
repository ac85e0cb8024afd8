import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { fr } from "@/lib/i18n/fr";
import { isContactSubject, isSameSitePath } from "@/lib/validations/contact";
import { ContactForm } from "./_components/contact-form";

export const metadata: Metadata = {
  title: fr.pages.contact,
  description: "Écrire à l'équipe du portail : une question sur une formation, un organisme, un métier, ou un problème sur le site.",
};

export default async function ContactPage({ searchParams }: PageProps<"/contact">) {
  const params = await searchParams;
  // A link from another site could carry anything: keep only a path of this site and a known subject.
  const depuis = typeof params.depuis === "string" && isSameSitePath(params.depuis) ? params.depuis : undefined;
  const subject = isContactSubject(params.sujet) ? params.sujet : undefined;
  return (
    <>
      <PageHeader
        title={fr.pages.contact}
        intro="Une question sur une formation, un organisme ou un métier, une erreur ou un problème d'accessibilité sur le site : écrivez-nous, nous vous répondrons par courriel."
      />
      <div className="page-container py-10 sm:py-12">
        <div className="max-w-2xl">
          <p className="mb-6 text-sm text-ink-muted">Tous les champs sont obligatoires.</p>
          <ContactForm depuis={depuis} subject={subject} />
        </div>
      </div>
    </>
  );
}
