import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { Alert } from "@/components/ui/alert";
import { getProfile } from "@/lib/account/profile";
import { FORCED_PASSWORD_PATH, requireUser } from "@/lib/auth/guards";
import { AuthPanel, AuthSection } from "../_components/auth-panel";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Changer de mot de passe" };

export default async function ChangePasswordPage() {
  const user = await requireUser(FORCED_PASSWORD_PATH);
  const profile = await getProfile(getDb(), user);
  return (
    <AuthPanel title="Changer de mot de passe">
      {user.mustChangePassword && (
        <Alert tone="warning" title="Nouveau mot de passe requis">
          Votre mot de passe a été réinitialisé par un administrateur. Choisissez-en un nouveau pour continuer.
        </Alert>
      )}
      <AuthSection id="changement" title="Nouveau mot de passe">
        <ChangePasswordForm hasPassword={profile?.hasPassword ?? true} forced={user.mustChangePassword} />
      </AuthSection>
      {!user.mustChangePassword && (
        <p className="text-center">
          <Link href="/espace/compte">Retour à mon compte</Link>
        </p>
      )}
    </AuthPanel>
  );
}
