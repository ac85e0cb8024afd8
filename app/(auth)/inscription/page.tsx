import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Créer un compte" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/espace");
  return (
    <AuthPanel
      title="Créer un compte"
      intro="Un compte gratuit pour sauvegarder des formations et des métiers, enregistrer vos recherches et recevoir des alertes."
    >
      <AuthSection id="formulaire-inscription" title="Vos informations">
        <p className="mb-5 text-sm text-ink-muted">Tous les champs sont obligatoires.</p>
        <SignUpForm />
      </AuthSection>
      <p className="text-center">
        Déjà un compte ? <Link href="/connexion">Se connecter</Link>
      </p>
    </AuthPanel>
  );
}
