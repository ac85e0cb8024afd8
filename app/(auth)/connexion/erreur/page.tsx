import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { AuthPanel } from "../../_components/auth-panel";

export const metadata: Metadata = { title: "Connexion impossible" };

// Auth.js error codes (https://authjs.dev/reference/core/errors), told in words a visitor can act on.
const messages: Record<string, string> = {
  Verification: "Ce lien de connexion n'est plus valable : il a expiré ou a déjà servi. Demandez-en un nouveau.",
  AccessDenied: "Aucun compte actif ne correspond à cette adresse. Créez un compte ou contactez l'équipe du portail.",
  Configuration: "La connexion est momentanément indisponible. Réessayez plus tard.",
};

export default async function SignInErrorPage({ searchParams }: PageProps<"/connexion/erreur">) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && messages[error]) || "La connexion n'a pas abouti. Réessayez.";
  return (
    <AuthPanel title="Connexion impossible">
      <Alert tone="error">{message}</Alert>
      <p>
        <Link href="/connexion">Retour à la connexion</Link> · <Link href="/inscription">Créer un compte</Link>
      </p>
    </AuthPanel>
  );
}
