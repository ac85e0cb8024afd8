import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { getAttention } from "@/lib/admin/attention";
import { getDashboardFigures } from "@/lib/admin/dashboard";
import { formatDateTime } from "@/lib/admin/format";
import { type AdminNavEntry, listAdminNavigation } from "@/lib/admin/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { adminContentPath, CONTENT_KINDS } from "@/lib/cms/kinds";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { AdminPageHeader } from "./_components/admin-page-header";
import { AttentionPanel } from "./_components/attention-panel";

export const metadata: Metadata = { title: "Tableau de bord" };

const IMPORT_STATUS = { succeeded: "Réussi", rejected: "Fichier refusé", failed: "Échec" } as const;

/** A count and its label, singular or plural as French wants (0 and 1 take the singular). */
function figure(n: number, one: string, other: string): Figure {
  return { value: formatNumber(n), label: pluralize(n, { one, other }) };
}

type Figure = { value: string; label: string };

export default async function AdminDashboardPage() {
  const user = await requirePermission("backoffice:access", "/admin");
  const [figures, attention] = await Promise.all([getDashboardFigures(getDb(), user), getAttention(getDb(), user)]);
  const entries = listAdminNavigation(user).filter((entry) => entry.href !== "/admin");

  const figuresFor = (entry: AdminNavEntry): { figures: Figure[]; note?: ReactNode } => {
    switch (entry.href) {
      case "/admin/utilisateurs":
        return figures.accounts
          ? {
              figures: [
                figure(figures.accounts.total, "compte au total", "comptes au total"),
                figure(figures.accounts.createdThisWeek, "créé cette semaine (depuis lundi)", "créés cette semaine (depuis lundi)"),
                figure(figures.accounts.deactivated, "désactivé", "désactivés"),
              ],
            }
          : { figures: [] };
      case "/admin/courriels":
        return figures.outbox
          ? {
              figures: [
                figure(figures.outbox.last24h, "courriel ces dernières 24 heures", "courriels ces dernières 24 heures"),
                figure(figures.outbox.failedLast24h, "en échec d'envoi", "en échec d'envoi"),
              ],
            }
          : { figures: [] };
      case "/admin/journal":
        return figures.security
          ? {
              figures: [
                figure(
                  figures.security.failedSignInsLast24h,
                  "échec de connexion ces dernières 24 heures",
                  "échecs de connexion ces dernières 24 heures",
                ),
              ],
            }
          : { figures: [] };
      case "/admin/effacements":
        return figures.erasures
          ? { figures: [figure(figures.erasures.last30Days, "compte effacé ces 30 derniers jours", "comptes effacés ces 30 derniers jours")] }
          : { figures: [] };
      case "/admin/imports": {
        const run = figures.imports?.lastRun;
        if (!run) return { figures: [], note: "Aucun import n'a encore été lancé." };
        return {
          figures: [{ value: IMPORT_STATUS[run.status], label: "dernier import" }],
          note: `${run.fileName} (${run.source}), le ${formatDateTime(run.startedAt)}, ${formatNumber(run.anomalyCount)} ${pluralize(run.anomalyCount, { one: "anomalie", other: "anomalies" })}.`,
        };
      }
      default: {
        const kind = CONTENT_KINDS.find((k) => adminContentPath(k) === entry.href);
        const counts = kind ? figures.content?.[kind] : undefined;
        if (!counts) return { figures: [] };
        return {
          figures: [
            figure(counts.published, "publié", "publiés"),
            figure(counts.draft, "brouillon", "brouillons"),
            figure(counts.scheduled, "programmé", "programmés"),
          ],
        };
      }
    }
  };

  return (
    <>
      <AdminPageHeader
        title="Tableau de bord"
        isHome
        intro={`Bonjour${user.name ? ` ${user.name}` : ""}. Voici ce qui vous attend, puis les espaces de l'administration auxquels votre compte donne accès.`}
      />
      <AttentionPanel attention={attention} />
      {entries.length > 0 && <h2 className="mb-4 text-xl font-bold text-brand-900">Espaces de gestion</h2>}
      {entries.length === 0 ? (
        <p className="rounded-card border border-line bg-surface p-6">
          Votre rôle ne donne encore accès à aucun espace de gestion. Les espaces de contenus éditoriaux apparaîtront ici dès leur mise en service.
        </p>
      ) : (
        <ul className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
          {entries.map((entry) => {
            const { figures: items, note } = figuresFor(entry);
            return (
              <li key={entry.href} className="relative flex flex-col rounded-card border border-line bg-white p-5 shadow-card focus-within:shadow-card-hover hover:shadow-card-hover">
                <h2 className="text-lg font-bold text-brand-900">
                  <Link href={entry.href} className="underline-offset-4 after:absolute after:inset-0 hover:underline">
                    {entry.label}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-ink-muted">{entry.description}</p>
                {items.length > 0 && (
                  <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-3">
                    {items.map((figure) => (
                      <div key={figure.label} className="flex flex-col-reverse">
                        <dt className="text-sm text-ink-muted">{figure.label}</dt>
                        <dd className="text-2xl font-extrabold text-brand-800">{figure.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {note && <p className="mt-3 text-sm text-ink">{note}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
