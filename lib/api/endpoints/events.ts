import "server-only";
import type { Event } from "@/db/schema";
import { frEditorial } from "@/lib/i18n/fr-editorial";
import { EDITORIAL_PATHS } from "@/lib/search/editorial-documents";
import type { SearchHit } from "@/lib/search/types";
import { eventsUrlConfig, type SearchUrlState, toSearchQuery } from "@/lib/search/url-state";
import type { ApiCall, ApiResult } from "../handler";
import { apiLinks } from "../links";
import { DEFAULT_RADIUS_KM, eventListParams, MAX_PER_PAGE } from "../params/definitions";
import { pageLinks, resolvePaging } from "../params/pagination";
import { listPublishedEvents } from "../queries";
import type { EventJson, EventListJson } from "../schemas/others";
import { checkDateRange, parseOrThrow, resolveNear } from "./common";

function eventJson(event: Event, hit: SearchHit, siteUrl: string): EventJson {
  const hasPlace = !event.online || event.city || event.address;
  return {
    id: event.id,
    titre: event.title,
    resume: event.summary,
    type: { code: event.type, libelle: frEditorial.events.types[event.type] ?? null },
    debut: event.startsAt.toISOString(),
    fin: event.endsAt?.toISOString() ?? null,
    "en-ligne": event.online,
    "url-en-ligne": event.onlineUrl,
    lieu: hasPlace
      ? {
          nom: event.placeName,
          ligne: (event.address ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
          codepostal: event.postcode,
          ville: event.city,
          departement: event.department,
          geolocalisation: event.lat !== null && event.lon !== null ? { latitude: event.lat, longitude: event.lon } : null,
        }
      : null,
    organisateur: event.organiserName,
    "url-inscription": event.registrationUrl,
    capacite: event.capacity,
    publics: event.audiences,
    url: apiLinks(siteUrl).page(`${EDITORIAL_PATHS.evenement}/${event.slug}`),
    "distance-km": hit.distanceKm === undefined ? null : Math.round(hit.distanceKm * 10) / 10,
  };
}

/** GET /api/v1/evenements: the agenda, current and upcoming events first by date. */
export async function listEvents({ request, ctx, publicUrl }: ApiCall): Promise<ApiResult> {
  const params = new URL(request.url).searchParams;
  const input = parseOrThrow(eventListParams, params);
  checkDateRange(input);
  const near = await resolveNear(ctx, input);
  const paging = resolvePaging(input, params, { maxPerPage: MAX_PER_PAGE });
  const state: SearchUrlState = {
    q: input.q ?? "",
    filters: { type: input.type, format: input.format, profil: input.profil, dep: input.dep.map((d) => d.toUpperCase()) },
    lieu: input.lieu ?? "",
    rayon: input.rayon ?? DEFAULT_RADIUS_KM,
    debut: input.debut ?? null,
    fin: input.fin ?? null,
    tri: input.tri ?? "date",
    page: paging.page,
    includeAll: input.inclure_passes ?? false,
  };
  const query = toSearchQuery(eventsUrlConfig, state, { near });
  const result = await ctx.engine.search({ ...query, facets: [], perPage: paging.perPage });
  const rows = await listPublishedEvents(ctx.db, { ids: result.hits.map((hit) => Number(hit.doc.id)) });
  const { links: liens, nextCursor } = pageLinks(publicUrl, paging, result.total);
  const body: EventListJson = {
    total: result.total,
    page: paging.page,
    "par-page": paging.perPage,
    "curseur-suivant": nextCursor,
    liens,
    resultats: result.hits.flatMap((hit) => {
      const event = rows.get(Number(hit.doc.id));
      return event ? [eventJson(event, hit, ctx.siteUrl)] : [];
    }),
  };
  return { type: "json", body, cache: "search" };
}
