import type { Metadata } from "next";
import Link from "next/link";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { ResetRequestForm } from "./_components/reset-request-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <AuthPanel title="Mot de passe oublié" intro="Indiquez l'adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.">
      <AuthSection id="demande-reinitialisation" title="Réinitialiser mon mot de passe">
        <ResetRequestForm />
      </AuthSection>
      <p className="text-center">
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </AuthPanel>
  );
}
