import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { getDirectoryOptions, searchAlumni } from "@/db/queries/network-directory";
import { criterionLabels, directoryColumns } from "@/lib/network/directory/columns";
import { directoryQueryString, parseDirectoryParams, sortsFor } from "@/lib/network/directory/params";
import { directoryCriteria } from "@/lib/network/directory/request";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { directoryStrings } from "@/lib/network/i18n/directory";
import { searchableCriteria } from "@/lib/network/matrix";
import { DirectoryForm } from "./_components/directory-form";
import { DirectoryPagination } from "./_components/directory-pagination";
import { DirectoryTable } from "./_components/directory-table";

type DirectoryPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DIRECTORY_PER_PAGE = 20;

export async function generateMetadata({ searchParams }: DirectoryPageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(directoryStrings, locale).title, robots: { index: false, follow: false } };
}

export default async function DirectoryPage({ searchParams }: DirectoryPageProps) {
  const state = parseDirectoryParams(await searchParams);
  const query = directoryQueryString(state);
  const { viewer, locale: memberLocale } = await requireNetworkAccess(`/reseau/annuaire${query ? `?${query}` : ""}`);
  const locale = state.lang ?? memberLocale;
  const t = pick(directoryStrings, locale);
  const criteria = directoryCriteria(viewer, state);
  const db = getDb();
  const [result, options] = await Promise.all([
    searchAlumni(db, { viewer, filters: criteria.applied, page: state.page, perPage: DIRECTORY_PER_PAGE, sort: state.sort }),
    getDirectoryOptions(db, { viewer }),
  ]);
  const applied = { ...state, filters: criteria.applied, page: result.page };
  const appliedQuery = directoryQueryString(applied, { withPage: false });
  const totalPages = Math.max(1, Math.ceil(result.total / result.perPage));
  const langQuery = state.lang ? `lang=${state.lang}` : "";
  const hasCriteria = Object.keys(criteria.applied).length > 0;

  return (
    <div lang={locale} className="page-container py-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.intro}</p>

      {criteria.refused.length > 0 && (
        <Alert tone="info" className="mt-6">
          {t.refusedNotice(criterionLabels(criteria.refused, locale))}
        </Alert>
      )}
      {criteria.invalid.length > 0 && (
        <Alert tone="warning" className="mt-4">
          {t.invalidNotice(criterionLabels(criteria.invalid, locale))}
        </Alert>
      )}

      <div className="mt-6">
        <DirectoryForm
          criteria={searchableCriteria(viewer)}
          filters={criteria.applied}
          options={options}
          sorts={sortsFor(viewer)}
          sort={state.sort}
          lang={state.lang}
          locale={locale}
          t={t}
          clearHref={`/reseau/annuaire${langQuery ? `?${langQuery}` : ""}`}
        />
      </div>

      <section aria-labelledby="annuaire-resultats-titre" className="mt-8">
        <h2 id="annuaire-resultats-titre" className="text-xl font-bold text-brand-900">
          {t.resultsHeading}
        </h2>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" aria-atomic="true" className="text-lg text-ink">
            <strong className="font-bold text-brand-900">{t.resultCount(result.total)}</strong>
            {totalPages > 1 && <span>, {t.pageOf(result.page, totalPages)}</span>}
          </p>
          {result.total > 0 && (
            <a
              href={`/reseau/annuaire/pdf${appliedQuery ? `?${appliedQuery}` : ""}`}
              className="font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {t.printPdf}
              <span className="text-ink-muted"> ({t.printPdfHint})</span>
            </a>
          )}
        </div>
        {result.rows.length > 0 ? (
          <div className="mt-4">
            <DirectoryTable columns={directoryColumns(viewer, locale)} rows={result.rows} locale={locale} t={t} profileQuery={langQuery} />
            <DirectoryPagination
              page={result.page}
              totalPages={totalPages}
              pageHref={(page) => `/reseau/annuaire?${directoryQueryString({ ...applied, page })}`.replace(/\?$/, "")}
              t={t}
            />
          </div>
        ) : (
          <p className="mt-4 rounded-xl border border-dashed border-line p-6 text-ink">
            {hasCriteria ? t.emptyWithCriteria : t.empty}{" "}
            {hasCriteria && (
              <Link href={`/reseau/annuaire${langQuery ? `?${langQuery}` : ""}`} className="font-semibold text-brand-700 underline">
                {t.clear}
              </Link>
            )}
          </p>
        )}
      </section>
    </div>
  );
}
