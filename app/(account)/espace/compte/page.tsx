import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getProfile } from "@/lib/account/profile";
import { requireUser } from "@/lib/auth/guards";
import { formatDate } from "@/lib/i18n/format";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Mon compte" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-white p-6">
      <h2 id={id} className="text-xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser("/espace/compte");
  const profile = await getProfile(getDb(), user);
  if (!profile) return null;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">Mon compte</h1>
      <Section id="informations" title="Mes informations">
        <p className="text-sm text-ink-muted">Compte créé le {formatDate(profile.createdAt)}.</p>
        <ProfileForm name={profile.name ?? ""} email={profile.email} alertsEnabled={profile.alertsEnabled} />
      </Section>
      <Section id="mot-de-passe" title="Mot de passe">
        <p>
          {profile.hasPassword
            ? "Vous pouvez changer votre mot de passe à tout moment ; vos autres sessions seront fermées."
            : "Vous vous connectez par lien envoyé par courriel. Vous pouvez aussi choisir un mot de passe."}
        </p>
        <p>
          <Link href="/changer-mot-de-passe">{profile.hasPassword ? "Changer mon mot de passe" : "Choisir un mot de passe"}</Link>
        </p>
      </Section>
      <Section id="mes-donnees" title="Mes données personnelles">
        <p>
          Téléchargez toutes les données que le portail conserve sur vous (profil, consentements, favoris,
          recherches, historique, événements de sécurité, courriels envoyés), dans un fichier JSON lisible et
          réutilisable. Voir la <Link href="/donnees-personnelles">politique de confidentialité</Link>.
        </p>
        <p>
          <a href="/espace/compte/export" download>
            Télécharger mes données (JSON)
          </a>
        </p>
      </Section>
      <Section id="suppression" title="Supprimer mon compte">
        <p>
          Votre compte, vos favoris, vos recherches, votre historique et les courriels qui vous ont été adressés
          seront effacés. Le journal de sécurité garde la trace de la suppression, sans votre adresse.
        </p>
        <DeleteAccountForm />
      </Section>
    </div>
  );
}
