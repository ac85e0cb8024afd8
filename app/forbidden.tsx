import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/public-shell";

export const metadata: Metadata = { title: "Accès refusé" };

// Rendered with a 403 status by forbidden(), for signed-in users without the right (anonymous
// visitors are sent to the sign-in page instead).
export default function Forbidden() {
  return (
    <PublicShell>
      <div className="page-container max-w-3xl py-16 sm:py-24">
        <p className="text-sm font-bold tracking-widest text-brand-600 uppercase">Erreur 403</p>
        <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">Accès refusé</h1>
        <p className="mt-4 text-lg">
          Votre compte n&apos;a pas les droits nécessaires pour consulter cette page. Si vous pensez qu&apos;il
          s&apos;agit d&apos;une erreur, adressez-vous à un administrateur du portail.
        </p>
        <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/espace">Mon espace</Link>
          </li>
          <li>
            <Link href="/">Accueil du portail</Link>
          </li>
        </ul>
      </div>
    </PublicShell>
  );
}
