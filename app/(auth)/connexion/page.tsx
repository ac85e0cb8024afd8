import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { EmailLinkForm } from "./_components/email-link-form";
import { PasswordSignInForm } from "./_components/password-sign-in-form";

export const metadata: Metadata = { title: "Se connecter" };

const notices: Record<string, { tone: "success" | "info"; text: string }> = {
  "mot-de-passe-modifie": { tone: "success", text: "Votre mot de passe a été modifié. Connectez-vous avec le nouveau." },
  "adresse-confirmee": { tone: "success", text: "Votre adresse est confirmée. Vous pouvez vous connecter." },
  deconnecte: { tone: "info", text: "Vous êtes déconnecté." },
  "compte-supprime": { tone: "info", text: "Votre compte et vos données personnelles ont été supprimés." },
};

export default async function SignInPage({ searchParams }: PageProps<"/connexion">) {
  const params = await searchParams;
  const retour = typeof params.retour === "string" ? params.retour : undefined;
  if (await getCurrentUser()) redirect(safeReturnPath(retour));
  const notice = typeof params.info === "string" ? notices[params.info] : undefined;
  const returnTo = retour ? safeReturnPath(retour) : undefined;
  return (
    <AuthPanel
      title="Se connecter"
      intro="Retrouvez vos formations et métiers sauvegardés, vos recherches et vos alertes."
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {retour && !notice && <Alert tone="info">Connectez-vous pour accéder à cette page ou enregistrer vos favoris.</Alert>}
      <AuthSection id="avec-mot-de-passe" title="Avec votre mot de passe">
        <PasswordSignInForm returnTo={returnTo} />
      </AuthSection>
      <AuthSection id="par-lien" title="Sans mot de passe, par un lien envoyé par courriel">
        <EmailLinkForm returnTo={returnTo} />
      </AuthSection>
      <p className="text-center">
        Pas encore de compte ? <Link href="/inscription">Créer un compte</Link>
      </p>
    </AuthPanel>
  );
}
