import type { Metadata } from "next";
import { cache } from "react";
import { getDb } from "@/db";
import { listEditorialCodeLabels } from "@/db/queries/editorial";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import { parseSearchParams, type SearchUrlState, structuresUrlConfig, toSearchQuery } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { EditorialEngineView } from "../_components/editorial-engine-view";
import { FacetFilters } from "../_components/facet-filters";
import { PlaceSearchBar } from "../_components/place-search-bar";
import { labelStructureCriteria, structureFilters } from "./_components/structure-filters";
import { StructureResultCard } from "./_components/structure-result-card";

type StructuresPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadLabels = cache(() => listEditorialCodeLabels(getDb()));

export async function generateMetadata({ searchParams }: StructuresPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(structuresUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.structures.title} : ${state.q}` : fr.structures.title,
    description: fr.structures.metaDescription(regionName),
    alternates: { canonical: "/structures" },
  };
}

export default async function StructuresPage({ searchParams }: StructuresPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(structuresUrlConfig, await searchParams);
  const db = getDb();
  const [place, placeNames, labels] = await Promise.all([
    state.lieu ? findPlaceCoordinates(db, { query: state.lieu }) : null,
    listPlaceNames(db, { limit: 300 }),
    loadLabels(),
  ]);
  const toQuery = (next: SearchUrlState) =>
    toSearchQuery(structuresUrlConfig, next, { near: next.lieu ? place : null });
  const result = await getSearchEngine().search(toQuery(state));
  const definitions = structureFilters(labels);
  const criteria = labelStructureCriteria(state, definitions, place?.label ?? null);
  const sortOptions = Object.keys(structuresUrlConfig.sorts)
    .filter((key) => place || structuresUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.editorial.sorts[key] ?? key }));

  return (
    <EditorialEngineView
      kind="structure"
      config={structuresUrlConfig}
      labels={fr.structures}
      state={state}
      result={result}
      criteria={criteria}
      sortOptions={sortOptions}
      toQuery={toQuery}
      searchBar={
        <PlaceSearchBar
          idPrefix="structures"
          state={state}
          queryLabel={fr.structures.queryLabel}
          queryPlaceholder={fr.structures.queryPlaceholder}
          placeNames={placeNames}
          placeError={state.lieu && !place ? fr.editorial.placeNotFound(state.lieu) : undefined}
        />
      }
      filters={<FacetFilters definitions={definitions} state={state} facets={result.facets} total={result.total} />}
      summaryExtra={place ? fr.editorial.around(place.label, state.rayon) : null}
      renderHit={(hit) => <StructureResultCard hit={hit} labels={labels} />}
    />
  );
}
