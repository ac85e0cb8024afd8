import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { auditActionLabel } from "@/lib/admin/audit-labels";
import { formatDateTime } from "@/lib/admin/format";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, STATUS_LABELS } from "@/lib/admin/labels";
import { getUser } from "@/lib/admin/users";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { GRANTABLE_ROLES } from "@/lib/auth/roles";
import { AdminPageHeader } from "../../_components/admin-page-header";
import { AccountStatusForm } from "../_components/account-status-form";
import { DeleteAccountForm } from "../_components/delete-account-form";
import { ForcePasswordReset } from "../_components/force-password-reset";
import { RolesForm } from "../_components/roles-form";

export const metadata: Metadata = { title: "Fiche d'un compte" };

const DOCUMENTS = { terms: "Conditions d'utilisation", privacy: "Politique de confidentialité" } as const;
const METHODS: Record<string, string> = { password: "mot de passe", "email-link": "lien par courriel" };

export default async function UserPage({ params }: PageProps<"/admin/utilisateurs/[id]">) {
  const { id } = await params;
  const user = await requirePermission("users:read", `/admin/utilisateurs/${id}`);
  const detail = await getUser(getDb(), user, { userId: id });
  if (!detail) notFound();
  const { user: account, consents, recentSignIns, counts } = detail;
  const canManage = can(user, "users:manage", { type: "account", userId: account.id });
  const isSelf = account.id === user.id;

  return (
    <>
      <AdminPageHeader
        title={account.name ?? account.email}
        trail={[{ label: "Utilisateurs", href: "/admin/utilisateurs" }]}
        intro={account.name ? account.email : undefined}
      />
      {isSelf && (
        <Alert tone="info" className="mb-6">
          C&apos;est votre propre compte : pour éviter qu&apos;un administrateur se retire lui-même l&apos;accès, ses rôles et son statut ne se gèrent pas ici.
          Vos informations personnelles se modifient depuis <Link href="/espace">votre espace personnel</Link>.
        </Alert>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        <Section id="profil" title="Profil">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
            <Item label="Adresse électronique">{account.email}</Item>
            <Item label="Nom">{account.name ?? "—"}</Item>
            <Item label="Identifiant">
              <span className="font-mono text-sm break-all">{account.id}</span>
            </Item>
            <Item label="Statut">
              {account.status === "active" ? STATUS_LABELS.active : <Badge>{STATUS_LABELS.deactivated}</Badge>}
            </Item>
            <Item label="Adresse vérifiée">{account.emailVerified ? `Oui, le ${formatDateTime(account.emailVerified)}` : "Non"}</Item>
            <Item label="Mot de passe">
              {account.hasPassword ? "Défini" : "Aucun (connexion par lien)"}
              {account.mustChangePassword && " — à changer à la prochaine connexion"}
            </Item>
            <Item label="Créé le">{formatDateTime(account.createdAt)}</Item>
            <Item label="Dernière connexion">{account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Jamais"}</Item>
            <Item label="Sessions ouvertes">{counts.sessions}</Item>
            <Item label="Alertes par courriel">{account.alertsEnabled ? "Activées" : "Désactivées"}</Item>
          </dl>
        </Section>

        <Section id="roles" title="Rôles">
          {canManage ? (
            <RolesForm
              userId={account.id}
              roles={account.roles}
              options={GRANTABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], description: ROLE_DESCRIPTIONS[role] }))}
            />
          ) : account.roles.length === 0 ? (
            <p>Visiteur inscrit, sans autre rôle.</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {account.roles.map((role) => (
                <li key={role}>
                  <Badge tone="brand">{ROLE_LABELS[role]}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="donnees" title="Données du compte">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
            <Item label="Favoris">{counts.savedItems}</Item>
            <Item label="Recherches enregistrées">{counts.savedSearches}</Item>
            <Item label="Consultations récentes">{counts.recentViews}</Item>
          </dl>
          <h3 className="mt-5 font-bold text-brand-900">Consentements</h3>
          {consents.length === 0 ? (
            <p className="mt-2 text-ink-muted">Aucun consentement enregistré.</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1">
              {consents.map((consent) => (
                <li key={`${consent.document}-${consent.version}`}>
                  {DOCUMENTS[consent.document]}, version {consent.version}, acceptée le {formatDateTime(consent.acceptedAt)}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="connexions" title="Dernières connexions">
          {recentSignIns.length === 0 ? (
            <p className="text-ink-muted">Aucune connexion enregistrée.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Dernières connexions et tentatives sur ce compte</caption>
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-2 pr-3">Date</th>
                    <th scope="col" className="py-2 pr-3">Évènement</th>
                    <th scope="col" className="py-2 pr-3">Adresse IP</th>
                  </tr>
                </thead>
                <tbody>
                  {recentSignIns.map((entry, index) => (
                    <tr key={index} className="border-b border-line">
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(entry.at)}</td>
                      <td className="py-2 pr-3">
                        {auditActionLabel(entry.action)}
                        {entry.method && ` (${METHODS[entry.method] ?? entry.method})`}
                      </td>
                      <td className="py-2 pr-3 font-mono">{entry.ip ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {can(user, "audit:read") && (
            <p className="mt-3">
              <Link href={`/admin/journal?cible=${encodeURIComponent(account.id)}`}>Tout l&apos;historique de ce compte dans le journal de sécurité</Link>
            </p>
          )}
        </Section>
      </div>

      {canManage && (
        <div className="mt-6 grid gap-6 xl:grid-cols-2">
          <Section id="acces" title="Accès au compte">
            <h3 className="font-bold text-brand-900">{account.status === "active" ? "Désactiver" : "Réactiver"}</h3>
            <p className="mb-3 text-ink-muted">
              {account.status === "active"
                ? "Un compte désactivé ne peut plus se connecter ; ses données sont conservées."
                : "Ce compte est désactivé : la personne ne peut pas se connecter."}
            </p>
            <AccountStatusForm userId={account.id} status={account.status} />
            <h3 className="mt-6 font-bold text-brand-900">Mot de passe</h3>
            <p className="mb-3 text-ink-muted">
              Pour une personne qui ne reçoit pas les courriels de réinitialisation : un mot de passe temporaire vous est affiché une fois, à lui transmettre par un autre moyen.
            </p>
            <ForcePasswordReset userId={account.id} email={account.email} />
          </Section>
          <Section id="suppression" title="Supprimer le compte" danger>
            <DeleteAccountForm userId={account.id} email={account.email} />
          </Section>
        </div>
      )}
    </>
  );
}

function Section({ id, title, danger, children }: { id: string; title: string; danger?: boolean; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-titre`}
      className={danger ? "rounded-card border-2 border-red-700 bg-white p-5" : "rounded-card border border-line bg-white p-5 shadow-card"}
    >
      <h2 id={`${id}-titre`} className={danger ? "mb-4 text-xl font-bold text-red-800" : "mb-4 text-xl font-bold text-brand-900"}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-ink">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </>
  );
}
