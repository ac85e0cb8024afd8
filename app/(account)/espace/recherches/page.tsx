import type { Metadata } from "next";
import Link from "next/link";
import { AccountPageHeader } from "@/components/account/account-page-header";
import { frAccount } from "@/components/account/messages";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { getAlertsEnabled, listSavedSearches, MAX_SAVED_SEARCHES } from "@/lib/account/saved-searches";
import { requireUser } from "@/lib/auth/guards";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { formatDay } from "../_components/format";
import { SavedSearchManager } from "./_components/saved-search-manager";

const TITLE = "Mes recherches";

export const metadata: Metadata = { title: `${TITLE} – ${frAccount.spaceName}` };

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

export default async function SavedSearchesPage() {
  const user = await requireUser("/espace/recherches");
  const db = getDb();
  const [searches, alertsEnabled] = await Promise.all([listSavedSearches(db, user), getAlertsEnabled(db, user)]);
  const withAlert = searches.filter((search) => search.alert).length;

  return (
    <>
      <AccountPageHeader
        title={TITLE}
        intro={
          <p>
            Les recherches que vous avez enregistrées depuis les pages de résultats, avec leurs filtres. Relancez-les en
            un clic, ou activez une alerte pour être prévenu des nouveaux résultats.
          </p>
        }
      />

      <section aria-labelledby="alertes-titre" className="mb-8 max-w-3xl space-y-3">
        <h2 id="alertes-titre" className="text-xl font-bold text-brand-900">
          Comment fonctionnent les alertes
        </h2>
        <p>
          Une fois par jour, nous relançons chaque recherche dont l&apos;alerte est activée. S&apos;il y a de nouveaux
          résultats, vous recevez un seul courriel qui les regroupe tous, à l&apos;adresse de votre compte. Sans
          nouveauté, vous ne recevez rien.
        </p>
        {alertsEnabled ? (
          <p>
            Pour ne plus recevoir aucune alerte, quelles que soient vos recherches, désactivez-les dans{" "}
            <Link href="/espace/compte" className={linkClass}>
              Mon compte
            </Link>
            .
          </p>
        ) : (
          <Alert tone="warning" title="Les alertes par courriel sont désactivées pour votre compte">
            <p>
              Aucun courriel ne vous sera envoyé, même pour les recherches dont l&apos;alerte est activée.{" "}
              <Link href="/espace/compte" className={linkClass}>
                Réactiver les alertes dans Mon compte
              </Link>
            </p>
          </Alert>
        )}
      </section>

      {searches.length > 0 && (
        <p className="mb-4 text-ink-muted">
          {formatNumber(searches.length)} {pluralize(searches.length, frAccount.dashboard.searchCount)} sur{" "}
          {formatNumber(MAX_SAVED_SEARCHES)} possibles
          {withAlert > 0 && <>, dont {formatNumber(withAlert)} avec alerte</>}.
        </p>
      )}

      <SavedSearchManager
        searches={searches.map((search) => ({
          id: search.id,
          label: search.label,
          engineName: search.engineName,
          href: search.href,
          alert: search.alert,
          createdIso: search.createdAt.toISOString(),
          createdOn: formatDay(search.createdAt),
          lastAlertIso: search.lastAlertAt?.toISOString() ?? null,
          lastAlertOn: search.lastAlertAt ? formatDay(search.lastAlertAt) : null,
        }))}
        empty={
          <div className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-5">
            <p>
              Vous n&apos;avez pas encore de recherche enregistrée. Sur une page de résultats, utilisez le bouton
              « Sauvegarder cette recherche » : elle apparaîtra ici avec ses filtres.
            </p>
            <p className="mt-3">
              <Link href="/formations" className={linkClass}>
                Rechercher une formation
              </Link>
              {" · "}
              <Link href="/metiers" className={linkClass}>
                Explorer les métiers
              </Link>
            </p>
          </div>
        }
      />
    </>
  );
}
