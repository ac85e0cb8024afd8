import "server-only";
import { formationsUrlConfig, type SearchUrlState, toSearchQuery } from "@/lib/search/url-state";
import type { SearchHit } from "@/lib/search/types";
import type { ApiCall, ApiResult } from "../handler";
import { loadFormationRecord, loadReferentialLabels, parseFormationId } from "../lheo/records";
import { formationXmlDocument } from "../lheo/xml-document";
import { apiLinks, type ApiLinks } from "../links";
import { DEFAULT_RADIUS_KM, formationListParams, MAX_PER_PAGE } from "../params/definitions";
import { pageLinks, resolvePaging } from "../params/pagination";
import { ApiProblemError, notFound, problem } from "../problem";
import { type FormationCard, listFormationCards } from "../queries";
import type { FormationListJson, FormationSummaryJson } from "../schemas/formation";
import { formationJson } from "../serializers/formation-json";
import { checkDateRange, parseOrThrow, resolveNear } from "./common";

const MODALITIES = ["presentiel", "mixte", "distance"] as const;
const ALTERNANCES = ["apprentissage", "professionnalisation"] as const;

function only<T extends string>(values: readonly T[], facet: string[] | undefined): T[] {
  return (facet ?? []).filter((value): value is T => (values as readonly string[]).includes(value));
}

/** The first session still running or to come, from the indexed date ranges. */
function nextSession(hit: SearchHit, today: string): FormationSummaryJson["prochaine-session"] {
  const upcoming = (hit.doc.dates ?? [])
    .filter((range) => (range.end ?? range.start ?? "") >= today)
    .sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
  const first = upcoming[0];
  return first ? { debut: first.start, fin: first.end } : null;
}

function summary(hit: SearchHit, card: FormationCard, links: ApiLinks, today: string): FormationSummaryJson {
  const facets = hit.doc.facets;
  const level = Number(facets.level?.[0]);
  return {
    id: card.id,
    numero: card.lheoId,
    "intitule-formation": hit.doc.title,
    url: links.formationPage(card.id),
    "url-api": links.formationApi(card.id),
    "organisme-formation-responsable": card.organisation
      ? {
          id: card.organisation.id,
          "SIRET-organisme-formation": card.organisation.siret,
          "nom-organisme": card.organisation.name,
          url: links.organisationPage(card.organisation.id),
          "url-api": links.organisationApi(card.organisation.siret),
        }
      : null,
    "niveau-sortie-europeen": Number.isInteger(level) ? level : null,
    "modalites-enseignement": only(MODALITIES, facets.modality),
    alternance: only(ALTERNANCES, facets.alternance),
    financement: facets.financing ?? [],
    "financement-region": hit.doc.regionFunded,
    villes: card.cities,
    "prochaine-session": nextSession(hit, today),
    "distance-km": hit.distanceKm === undefined ? null : Math.round(hit.distanceKm * 10) / 10,
  };
}

/** GET /api/v1/formations: the public training search, same engine and filters as /formations. */
export async function listFormations({ request, ctx, publicUrl }: ApiCall): Promise<ApiResult> {
  const params = new URL(request.url).searchParams;
  const input = parseOrThrow(formationListParams, params);
  checkDateRange(input);
  const near = await resolveNear(ctx, input);
  const paging = resolvePaging(input, params, { maxPerPage: MAX_PER_PAGE });
  const state: SearchUrlState = {
    q: input.q ?? "",
    filters: {
      dep: input.dep.map((d) => d.toUpperCase()),
      region: input.region,
      niveau_entree: input.niveau_entree,
      niveau_sortie: input.niveau_sortie,
      alternance: input.alternance,
      modalite: input.modalite,
      financement: input.financement,
      certification: input.certification,
      domaine: [...input.domaine, ...input.formacode.map((code) => `formacode:${code}`)],
      public: input.public,
    },
    lieu: input.lieu ?? "",
    rayon: input.rayon ?? DEFAULT_RADIUS_KM,
    debut: input.debut ?? null,
    fin: input.fin ?? null,
    tri: input.tri ?? "pertinence",
    page: paging.page,
    includeAll: input.inclure_sans_session ?? false,
  };
  const query = toSearchQuery(formationsUrlConfig, state, { near });
  const filters = { ...query.filters, ...(input.rome.length > 0 ? { rome: input.rome } : {}) };
  const result = await ctx.engine.search({ ...query, filters, facets: [], perPage: paging.perPage });

  const cards = await listFormationCards(ctx.db, { ids: result.hits.map((hit) => Number(hit.doc.id)) });
  const links = apiLinks(ctx.siteUrl);
  const today = ctx.today();
  const { links: liens, nextCursor } = pageLinks(publicUrl, paging, result.total);
  const body: FormationListJson = {
    total: result.total,
    page: paging.page,
    "par-page": paging.perPage,
    "curseur-suivant": nextCursor,
    liens,
    // A formation withdrawn since the index was built has no card: it is left out of the page.
    resultats: result.hits.flatMap((hit) => {
      const card = cards.get(Number(hit.doc.id));
      return card ? [summary(hit, card, links, today)] : [];
    }),
  };
  return { type: "json", body, cache: "search" };
}

/** `12` or `12.xml`: one route serves both forms, since a dynamic segment cannot carry a fixed suffix. */
function parseFormationPath(segment: string): { id: number; xml: boolean } {
  const xml = segment.endsWith(".xml");
  const id = parseFormationId(xml ? segment.slice(0, -4) : segment);
  if (id === null) {
    throw new ApiProblemError(
      problem(400, "Paramètre « id » : identifiant de formation attendu (nombre entier), éventuellement suivi de .xml.", {
        errors: [{ parameter: "id", detail: "nombre entier attendu, par exemple 42 ou 42.xml." }],
      }),
    );
  }
  return { id, xml };
}

/** GET /api/v1/formations/{id} (JSON, LHEO names) and /api/v1/formations/{id}.xml (LHEO 2.3). */
export async function getFormation({ request, ctx }: ApiCall, segment: string): Promise<ApiResult> {
  parseOrThrow({}, new URL(request.url).searchParams);
  const { id, xml } = parseFormationPath(segment);
  const record = await loadFormationRecord(ctx.db, id);
  if (!record) throw notFound(`Aucune formation active n'a l'identifiant ${id}.`);
  if (xml) {
    const document = formationXmlDocument(record);
    if (!document) {
      throw notFound(
        `La formation ${id} n'a pas d'action avec une session, ou pas d'organisme responsable : elle ne peut pas s'écrire en LHEO 2.3 valide. Son détail JSON reste disponible.`,
      );
    }
    return { type: "xml", body: document, cache: "detail", fileName: `formation-${id}.xml` };
  }
  const labels = await loadReferentialLabels(ctx.db, [record]);
  return { type: "json", body: formationJson(record, labels, apiLinks(ctx.siteUrl)), cache: "detail" };
}
