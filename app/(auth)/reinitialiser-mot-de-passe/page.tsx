import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { Alert } from "@/components/ui/alert";
import { peekAccountToken } from "@/lib/auth/tokens";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { ResetForm } from "./_components/reset-form";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reinitialiser-mot-de-passe">) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const valid = token !== "" && (await peekAccountToken(getDb(), token, "reset_password"));
  return (
    <AuthPanel title="Choisir un nouveau mot de passe">
      {valid ? (
        <AuthSection id="nouveau-mot-de-passe" title="Nouveau mot de passe">
          <ResetForm token={token} />
        </AuthSection>
      ) : (
        <>
          <Alert tone="error">
            Ce lien de réinitialisation n&apos;est plus valable : il a expiré (1 heure) ou a déjà servi.
          </Alert>
          <p>
            <Link href="/mot-de-passe-oublie">Demander un nouveau lien</Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
