import Link from "next/link";
import type { EngineLink } from "@/components/search/engines";
import { Card } from "@/components/ui/card";
import { fr } from "@/lib/i18n/fr";

const ENTRY_TEXTS: Record<string, { title: string; text: string }> = {
  "/formations": { title: fr.central.entries.formations, text: fr.central.entries.formationsText },
  "/metiers": { title: fr.central.entries.trades, text: fr.central.entries.tradesText },
  "/organismes": { title: fr.central.entries.organisations, text: fr.central.entries.organisationsText },
  "/evenements": { title: fr.centralEntries.events, text: fr.centralEntries.eventsText },
  "/financements": { title: fr.centralEntries.financing, text: fr.centralEntries.financingText },
  "/structures": { title: fr.centralEntries.structures, text: fr.centralEntries.structuresText },
  "/ressources": { title: fr.centralEntries.resources, text: fr.centralEntries.resourcesText },
};

/** The central search without a query: ideas to type and the engines to browse. */
export function SearchStart({ engines }: { engines: EngineLink[] }) {
  const entries = engines.filter((engine) => ENTRY_TEXTS[engine.href]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="populaires-titre">
        <h2 id="populaires-titre" className="text-2xl font-bold text-brand-900">
          {fr.central.popularHeading}
        </h2>
        <p className="mt-2 text-ink-muted">{fr.central.emptyIntro}</p>
        <ul role="list" className="mt-4 flex flex-wrap gap-2">
          {fr.central.popular.map((term) => (
            <li key={term}>
              <Link
                href={`/recherche?${new URLSearchParams({ q: term }).toString()}`}
                className="inline-flex min-h-11 items-center rounded-full border border-brand-300 bg-brand-50 px-4 font-semibold text-brand-800 no-underline hover:border-brand-600 hover:bg-brand-100"
              >
                {term}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {entries.length > 0 && (
        <section aria-labelledby="rubriques-titre">
          <h2 id="rubriques-titre" className="text-2xl font-bold text-brand-900">
            {fr.central.entryHeading}
          </h2>
          <ul role="list" className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {entries.map((engine) => (
              <li key={engine.href}>
                <Card title={ENTRY_TEXTS[engine.href]?.title} href={engine.href}>
                  {ENTRY_TEXTS[engine.href]?.text}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
