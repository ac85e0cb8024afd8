import type { CatalogStats } from "@/db/queries/catalog-stats";
import { fr, type PluralForms } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";

const figures: { key: keyof CatalogStats; forms: PluralForms }[] = [
  { key: "activeFormations", forms: fr.home.stats.activeFormations },
  { key: "upcomingFormations", forms: fr.home.stats.upcomingFormations },
  { key: "trades", forms: fr.home.stats.trades },
  { key: "appellations", forms: fr.home.stats.appellations },
  { key: "organisations", forms: fr.home.stats.organisations },
];

export function CatalogFigures({ stats }: { stats: CatalogStats }) {
  return (
    <section aria-labelledby="chiffres-titre" className="page-container relative -mt-14 sm:-mt-16">
      <h2 id="chiffres-titre" className="sr-only">
        {fr.home.statsHeading}
      </h2>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-card border border-line bg-line shadow-card sm:grid-cols-3 lg:grid-cols-5">
        {figures.map(({ key, forms }, index) => (
          <div
            key={key}
            className={
              index === 0
                ? "col-span-2 flex flex-col-reverse gap-1 bg-white p-5 sm:col-span-1 lg:p-6"
                : "flex flex-col-reverse gap-1 bg-white p-5 lg:p-6"
            }
          >
            <dt className="text-sm leading-snug text-ink-muted">{pluralize(stats[key], forms)}</dt>
            <dd className="text-3xl font-extrabold tracking-tight text-brand-700 tabular-nums">
              {formatNumber(stats[key])}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
