import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  actionFinancers,
  actionPlaces,
  actions,
  actionTrainers,
  certifications,
  domainCodes,
  formationCertifications,
  formationDomains,
  formations,
  formationTrades,
  organisations,
  places,
  sessions,
  trades,
} from "@/db/schema";
import { plainText, pushUnique } from "./document-text";
import { todayIso } from "./text";
import type { DateRange, GeoPoint, SearchDocument } from "./types";

/** dict-financeurs code of the Regional Council: its presence makes an action Region-funded. */
export const REGION_FINANCER = "2";

/** dict-financeurs codes grouped into the financing facet the public understands. */
const FINANCER_FACETS: Record<string, string> = {
  "2": "region",
  "4": "france-travail",
  "5": "entreprise",
  "7": "agefiph",
  "8": "collectivite",
  "9": "collectivite",
  "15": "collectivite",
  "10": "personnel",
  "11": "etat",
  "12": "etat",
  "13": "etat",
  "19": "etat",
  "3": "europe",
  "14": "europe",
  "16": "opco",
  "17": "transition-pro",
};

export type BuiltDocuments = {
  documents: SearchDocument[];
  /** Requested ids that must leave the index: withdrawn, or no longer in the database. */
  removedIds: string[];
};

export const FORMATION_BATCH = 500;

/**
 * One document per active formation, denormalising its active actions (financing, modality,
 * alternance, audience), sessions (date ranges), places (geo, department, region), certifications,
 * domains and trades. Without `ids`, every formation is built.
 */
export async function buildFormationDocuments(
  db: DbOrTx,
  ids?: number[],
  options: { today?: string } = {},
): Promise<BuiltDocuments> {
  const built: BuiltDocuments = { documents: [], removedIds: [] };
  for await (const batch of formationDocumentBatches(db, { ids, today: options.today })) {
    built.documents.push(...batch.documents);
    built.removedIds.push(...batch.removedIds);
  }
  return built;
}

/** The same, batch by batch, so a full rebuild never holds the whole catalogue in memory. */
export async function* formationDocumentBatches(
  db: DbOrTx,
  options: { ids?: number[]; today?: string; batchSize?: number } = {},
): AsyncGenerator<BuiltDocuments> {
  const today = options.today ?? todayIso();
  const size = options.batchSize ?? FORMATION_BATCH;
  if (options.ids) {
    const unique = [...new Set(options.ids)];
    for (let i = 0; i < unique.length; i += size) yield await buildBatch(db, unique.slice(i, i + size), today);
    return;
  }
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select({ id: formations.id })
      .from(formations)
      .where(gt(formations.id, lastId))
      .orderBy(asc(formations.id))
      .limit(size);
    if (rows.length === 0) return;
    lastId = rows[rows.length - 1]?.id ?? lastId;
    yield await buildBatch(
      db,
      rows.map((row) => row.id),
      today,
    );
  }
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function buildBatch(db: DbOrTx, ids: number[], today: string): Promise<BuiltDocuments> {
  const formationRows = await db
    .select({
      id: formations.id,
      title: formations.title,
      objective: formations.objective,
      expectedResults: formations.expectedResults,
      content: formations.content,
      certifying: formations.certifying,
      entryLevel: formations.entryLevel,
      exitLevel: formations.exitLevel,
      status: formations.status,
      organisationName: organisations.name,
    })
    .from(formations)
    .leftJoin(organisations, eq(organisations.id, formations.organisationId))
    .where(inArray(formations.id, ids));

  const found = new Set(formationRows.map((row) => row.id));
  const removedIds = ids.filter((id) => !found.has(id)).map(String);
  const active = formationRows.filter((row) => {
    if (row.status === "active") return true;
    removedIds.push(String(row.id));
    return false;
  });
  if (active.length === 0) return { documents: [], removedIds };
  const activeIds = active.map((row) => row.id);

  const actionRows = await db
    .select({
      id: actions.id,
      formationId: actions.formationId,
      alternance: actions.alternance,
      modality: actions.modality,
      publicCodes: actions.publicCodes,
      regionFunded: actions.regionFunded,
      cpfEligible: actions.cpfEligible,
    })
    .from(actions)
    .where(and(inArray(actions.formationId, activeIds), eq(actions.status, "active")))
    .orderBy(asc(actions.id));
  const actionIds = actionRows.map((row) => row.id);
  const formationOfAction = new Map(actionRows.map((row) => [row.id, row.formationId]));

  const [sessionRows, placeRows, financerRows, trainerRows, certRows, domainRows, tradeRows] = await Promise.all([
    actionIds.length === 0
      ? []
      : db
          .select({ actionId: sessions.actionId, start: sessions.startDate, end: sessions.endDate })
          .from(sessions)
          .where(and(inArray(sessions.actionId, actionIds), eq(sessions.status, "active")))
          .orderBy(asc(sessions.startDate)),
    actionIds.length === 0
      ? []
      : db
          .select({
            actionId: actionPlaces.actionId,
            city: places.city,
            department: places.department,
            region: places.region,
            lat: places.lat,
            lon: places.lon,
          })
          .from(actionPlaces)
          .innerJoin(places, eq(places.id, actionPlaces.placeId))
          .where(inArray(actionPlaces.actionId, actionIds))
          .orderBy(asc(actionPlaces.actionId), asc(actionPlaces.position)),
    actionIds.length === 0
      ? []
      : db
          .select({ actionId: actionFinancers.actionId, code: actionFinancers.financerCode })
          .from(actionFinancers)
          .where(inArray(actionFinancers.actionId, actionIds)),
    actionIds.length === 0
      ? []
      : db
          .select({ actionId: actionTrainers.actionId, name: organisations.name })
          .from(actionTrainers)
          .innerJoin(organisations, eq(organisations.id, actionTrainers.organisationId))
          .where(inArray(actionTrainers.actionId, actionIds))
          .orderBy(asc(actionTrainers.position)),
    db
      .select({
        formationId: formationCertifications.formationId,
        kind: certifications.kind,
        code: certifications.code,
        label: certifications.label,
      })
      .from(formationCertifications)
      .innerJoin(certifications, eq(certifications.id, formationCertifications.certificationId))
      .where(inArray(formationCertifications.formationId, activeIds)),
    db
      .select({
        formationId: formationDomains.formationId,
        system: formationDomains.system,
        code: formationDomains.code,
        label: domainCodes.label,
      })
      .from(formationDomains)
      .leftJoin(
        domainCodes,
        and(eq(domainCodes.system, formationDomains.system), eq(domainCodes.code, formationDomains.code)),
      )
      .where(inArray(formationDomains.formationId, activeIds)),
    db
      .select({
        formationId: formationTrades.formationId,
        code: formationTrades.tradeCode,
        parentCode: trades.parentCode,
        label: trades.label,
      })
      .from(formationTrades)
      .leftJoin(trades, eq(trades.code, formationTrades.tradeCode))
      .where(inArray(formationTrades.formationId, activeIds)),
  ]);

  const byFormation = <T extends { actionId: number }>(rows: T[]) =>
    groupBy(rows, (row) => formationOfAction.get(row.actionId) ?? 0);
  const actionsOf = groupBy(actionRows, (row) => row.formationId);
  const sessionsOf = byFormation(sessionRows);
  const placesOf = byFormation(placeRows);
  const financersOf = byFormation(financerRows);
  const trainersOf = byFormation(trainerRows);
  const certsOf = groupBy(certRows, (row) => row.formationId);
  const domainsOf = groupBy(domainRows, (row) => row.formationId);
  const tradesOf = groupBy(tradeRows, (row) => row.formationId);

  const documents = active.map((formation): SearchDocument => {
    const formationActions = actionsOf.get(formation.id) ?? [];
    const financerCodes = (financersOf.get(formation.id) ?? []).map((row) => row.code);
    const regionFunded = formationActions.some((a) => a.regionFunded) || financerCodes.includes(REGION_FINANCER);

    const facets: Record<string, string[]> = {};
    const add = (name: string, value: string | null | undefined) => {
      if (!value) return;
      facets[name] ??= [];
      pushUnique(facets[name], value);
    };
    if (formation.exitLevel && formation.exitLevel > 0) add("level", String(formation.exitLevel));
    if (formation.entryLevel && formation.entryLevel > 0) add("entryLevel", String(formation.entryLevel));
    for (const action of formationActions) {
      if (action.alternance === "toutes") {
        add("alternance", "apprentissage");
        add("alternance", "professionnalisation");
      } else add("alternance", action.alternance);
      add("modality", action.modality);
      for (const code of action.publicCodes) add("public", code);
      if (action.cpfEligible) add("financing", "cpf");
    }
    if (regionFunded) add("financing", "region");
    for (const code of financerCodes) add("financing", FINANCER_FACETS[code] ?? "autre");
    for (const cert of certsOf.get(formation.id) ?? []) {
      if (cert.kind === "RNCP" || cert.kind === "RS") add("certification", cert.kind.toLowerCase());
    }
    for (const domain of domainsOf.get(formation.id) ?? []) add("domain", `${domain.system}:${domain.code}`);
    // The ROME code a feed names and its parent fiche, so both filter (the API's `rome` parameter).
    for (const trade of tradesOf.get(formation.id) ?? []) {
      add("rome", trade.code);
      add("rome", trade.parentCode);
    }
    if (formation.certifying) add("type", "certifiante");

    const geo: GeoPoint[] = [];
    const cities: string[] = [];
    for (const place of placesOf.get(formation.id) ?? []) {
      add("department", place.department);
      add("region", place.region);
      if (place.city) pushUnique(cities, place.city);
      if (place.lat !== null && place.lon !== null && !geo.some((p) => p.lat === place.lat && p.lon === place.lon)) {
        geo.push({ lat: place.lat, lon: place.lon });
      }
    }

    const dates: DateRange[] = [];
    for (const session of sessionsOf.get(formation.id) ?? []) {
      if (!session.start && !session.end) continue;
      if (!dates.some((d) => d.start === session.start && d.end === session.end)) {
        dates.push({ start: session.start, end: session.end });
      }
    }
    const nextStart = dates
      .map((d) => d.start)
      .filter((start): start is string => start !== null && start >= today)
      .sort()[0];

    const keywords: string[] = [];
    for (const cert of certsOf.get(formation.id) ?? []) {
      // Certif Info and CPF numbers mean nothing to the public; RNCP/RS codes are typed as "RNCP35316".
      if (cert.kind !== "RNCP" && cert.kind !== "RS") continue;
      pushUnique(keywords, `${cert.kind}${cert.code}`);
      if (cert.label) pushUnique(keywords, cert.label);
    }
    for (const trade of tradesOf.get(formation.id) ?? []) {
      pushUnique(keywords, trade.code);
      // ROME 4 sub-codes (M1813) belong to a fiche (M1805): searching the fiche's code finds them too.
      if (trade.parentCode) pushUnique(keywords, trade.parentCode);
      if (trade.label) pushUnique(keywords, trade.label);
    }
    for (const domain of domainsOf.get(formation.id) ?? []) if (domain.label) pushUnique(keywords, domain.label);
    for (const trainer of trainersOf.get(formation.id) ?? []) pushUnique(keywords, trainer.name);

    const subtitleParts = [formation.organisationName, cities.slice(0, 3).join(", ")].filter(Boolean);
    return {
      kind: "formation",
      id: String(formation.id),
      title: plainText(formation.title, 1000) || `Formation ${formation.id}`,
      subtitle: subtitleParts.length > 0 ? subtitleParts.join(" — ") : null,
      body: plainText([formation.objective, formation.expectedResults, formation.content].filter(Boolean).join("\n\n")),
      keywords,
      url: `/formations/${formation.id}`,
      facets,
      regionFunded,
      dates,
      geo,
      sortDate: nextStart ?? null,
    };
  });
  return { documents, removedIds };
}
