import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { listFeaturedTalents, MAX_FEATURED_TALENTS, searchApprovedAlumni, type TalentRow } from "@/db/queries/network-talents";
import { formatFieldValue } from "@/lib/network/directory/columns";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, type NetworkLocale, pick } from "@/lib/network/i18n";
import { homeStrings } from "@/lib/network/i18n/home";
import { formatPostDate } from "@/lib/network/post-format";
import { TalentToggle } from "./_components/talent-toggle";

type TalentsPageProps = { searchParams: Promise<{ q?: string | string[]; lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: TalentsPageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(homeStrings, locale).talents.title, robots: { index: false, follow: false } };
}

const cell = "border-b border-line px-3 py-2 align-top";

function TalentTable({ rows, caption, locale, full, showSince }: { rows: TalentRow[]; caption: string; locale: NetworkLocale; full: boolean; showSince: boolean }) {
  const t = pick(homeStrings, locale).talents;
  return (
    <div className="mt-4 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className={cell}>{t.columns.name}</th>
            <th scope="col" className={cell}>{t.columns.company}</th>
            <th scope="col" className={cell}>{t.columns.position}</th>
            <th scope="col" className={cell}>{t.columns.country}</th>
            {showSince && <th scope="col" className={cell}>{t.columns.featuredSince}</th>}
            <th scope="col" className={cell}>{t.columns.action}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = `${row.profile.firstName} ${row.profile.lastName}`;
            return (
              <tr key={row.userId}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {name}
                  {!showSince && row.featuredAt && (
                    <span className="ml-2">
                      <Badge tone="brand">{t.featuredBadge}</Badge>
                    </span>
                  )}
                </th>
                <td className={cell}>{row.profile.company}</td>
                <td className={cell}>{row.profile.position}</td>
                <td className={cell}>{formatFieldValue("countryOfActivity", row.profile.countryOfActivity, locale)}</td>
                {showSince && <td className={cell}>{row.featuredAt ? formatPostDate(row.featuredAt, locale) : ""}</td>}
                <td className={cell}>
                  <TalentToggle userId={row.userId} name={name} featured={row.featuredAt !== null} locale={locale} disabled={full} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Administrators (full or partial) choose the alumni put forward on the network home. */
export default async function TalentsAdminPage({ searchParams }: TalentsPageProps) {
  const params = await searchParams;
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) ?? "";
  await requireNetworkAccess(`/reseau/admin/talents${query ? `?q=${encodeURIComponent(query)}` : ""}`, "network:publish");
  const locale = await getNetworkLocale(params.lang);
  const t = pick(homeStrings, locale).talents;
  const db = getDb();
  const [featured, results] = await Promise.all([listFeaturedTalents(db), query ? searchApprovedAlumni(db, { query }) : Promise.resolve(null)]);
  const full = featured.length >= MAX_FEATURED_TALENTS;

  return (
    <div lang={locale} className="page-container space-y-10 py-8">
      <header>
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.intro(MAX_FEATURED_TALENTS)}</p>
      </header>

      <section aria-labelledby="talents-actuels">
        <h2 id="talents-actuels" className="text-2xl font-bold text-brand-900">
          {t.currentHeading(featured.length, MAX_FEATURED_TALENTS)}
        </h2>
        {full && (
          <Alert tone="info" className="mt-4">
            {t.limitReached(MAX_FEATURED_TALENTS)}
          </Alert>
        )}
        {featured.length > 0 ? (
          <TalentTable rows={featured} caption={t.currentCaption} locale={locale} full={full} showSince />
        ) : (
          <p className="mt-4">{t.none}</p>
        )}
      </section>

      <section aria-labelledby="ajouter-talent">
        <h2 id="ajouter-talent" className="text-2xl font-bold text-brand-900">
          {t.searchHeading}
        </h2>
        <form method="get" role="search" aria-labelledby="ajouter-talent" className="mt-4 flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="talent-q" className="font-semibold text-ink">
              {t.searchLabel}
            </label>
            <p id="talent-q-aide" className="text-sm text-ink-muted">
              {t.searchHint}
            </p>
            <input
              id="talent-q"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={100}
              aria-describedby="talent-q-aide"
              className="h-11 w-72 max-w-full rounded-lg border border-field bg-white px-3 text-base text-ink"
            />
          </div>
          <Button type="submit">{t.searchSubmit}</Button>
        </form>
        {results && (
          <div className="mt-6">
            <h3 className="text-xl font-bold text-brand-900">{t.resultsHeading(query)}</h3>
            {results.length > 0 ? (
              <TalentTable rows={results} caption={t.resultsCaption} locale={locale} full={full} showSince={false} />
            ) : (
              <p className="mt-3">{t.noResults}</p>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
