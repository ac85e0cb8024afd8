import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { VerifyButton } from "./_components/verify-button";

export const metadata: Metadata = { title: "Confirmer votre adresse", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verifier-adresse">) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  return (
    <AuthPanel title="Confirmer votre adresse">
      {token ? (
        <AuthSection id="confirmation" title="Dernière étape">
          <p className="mb-5">Confirmez votre adresse électronique pour activer votre compte.</p>
          <VerifyButton token={token} />
        </AuthSection>
      ) : (
        <>
          <Alert tone="error">Ce lien est incomplet. Ouvrez-le depuis le message reçu, ou connectez-vous pour en recevoir un nouveau.</Alert>
          <p>
            <Link href="/connexion">Se connecter</Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
