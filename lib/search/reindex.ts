import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { formations } from "@/db/schema";
import { buildOrganisationDocuments, buildTradeDocuments, formationDocumentBatches } from "./documents";
import { buildEditorialDocuments, EDITORIAL_KINDS, type EditorialKind } from "./editorial-documents";
import type { SearchEngine, SearchKind } from "./types";

/** Kinds built from the database: the catalogue, ROME, and the editorial tables. */
export const REINDEXABLE_KINDS = ["formation", "metier", "organisme", ...EDITORIAL_KINDS] as const satisfies readonly SearchKind[];
export type ReindexableKind = (typeof REINDEXABLE_KINDS)[number];

export type ReindexCounts = Record<ReindexableKind, { indexed: number; removed: number }>;

function emptyCounts(): ReindexCounts {
  return Object.fromEntries(REINDEXABLE_KINDS.map((kind) => [kind, { indexed: 0, removed: 0 }])) as ReindexCounts;
}

function isEditorialKind(kind: ReindexableKind): kind is EditorialKind {
  return (EDITORIAL_KINDS as readonly string[]).includes(kind);
}

/**
 * Rebuilds the index of the given kinds from the database without emptying it first (search keeps
 * answering meanwhile), then removes the documents the database no longer has.
 */
export async function reindexAll(
  db: DbOrTx,
  engine: SearchEngine,
  options: { kinds?: ReindexableKind[]; onProgress?: (kind: ReindexableKind, indexed: number) => void } = {},
): Promise<ReindexCounts> {
  const counts = emptyCounts();
  const kinds = options.kinds ?? [...REINDEXABLE_KINDS];
  for (const kind of kinds) {
    const seen = new Set<string>();
    const indexBatch = async (docs: { id: string }[], write: () => Promise<void>) => {
      await write();
      for (const doc of docs) seen.add(doc.id);
      counts[kind].indexed += docs.length;
      options.onProgress?.(kind, counts[kind].indexed);
    };
    if (kind === "formation") {
      for await (const batch of formationDocumentBatches(db)) {
        await indexBatch(batch.documents, () => engine.index(batch.documents));
      }
    } else {
      const built = isEditorialKind(kind)
        ? await buildEditorialDocuments(db, kind)
        : kind === "metier"
          ? await buildTradeDocuments(db)
          : await buildOrganisationDocuments(db);
      await indexBatch(built.documents, () => engine.index(built.documents));
    }
    const stale = (await engine.listIds(kind)).filter((id) => !seen.has(id));
    await engine.remove(kind, stale);
    counts[kind].removed = stale.length;
  }
  return counts;
}

export type ChangedRecords = {
  formationIds?: number[];
  tradeCodes?: string[];
  organisationIds?: number[];
  eventIds?: number[];
  structureIds?: number[];
  financingSchemeIds?: number[];
  resourceIds?: number[];
};

const EDITORIAL_CHANGES: Record<EditorialKind, "eventIds" | "structureIds" | "financingSchemeIds" | "resourceIds"> = {
  evenement: "eventIds",
  structure: "structureIds",
  financement: "financingSchemeIds",
  ressource: "resourceIds",
};

/**
 * Incremental update after an import or a back-office edit: the given records are rebuilt, and
 * those now withdrawn or deleted leave the index. An organisation's formations are rebuilt with it,
 * since its name is part of their documents.
 */
export async function reindexChanged(db: DbOrTx, engine: SearchEngine, changed: ChangedRecords): Promise<ReindexCounts> {
  const counts = emptyCounts();
  const organisationIds = changed.organisationIds ?? [];
  const formationIds = new Set(changed.formationIds ?? []);
  if (organisationIds.length > 0) {
    const rows = await db
      .select({ id: formations.id })
      .from(formations)
      .where(inArray(formations.organisationId, organisationIds));
    for (const row of rows) formationIds.add(row.id);

    const built = await buildOrganisationDocuments(db, organisationIds);
    await engine.index(built.documents);
    await engine.remove("organisme", built.removedIds);
    counts.organisme = { indexed: built.documents.length, removed: built.removedIds.length };
  }
  if (formationIds.size > 0) {
    for await (const batch of formationDocumentBatches(db, { ids: [...formationIds] })) {
      await engine.index(batch.documents);
      await engine.remove("formation", batch.removedIds);
      counts.formation.indexed += batch.documents.length;
      counts.formation.removed += batch.removedIds.length;
    }
  }
  const tradeCodes = changed.tradeCodes ?? [];
  if (tradeCodes.length > 0) {
    const built = await buildTradeDocuments(db, tradeCodes);
    await engine.index(built.documents);
    await engine.remove("metier", built.removedIds);
    counts.metier = { indexed: built.documents.length, removed: built.removedIds.length };
  }
  for (const kind of EDITORIAL_KINDS) {
    const ids = changed[EDITORIAL_CHANGES[kind]] ?? [];
    if (ids.length === 0) continue;
    const built = await buildEditorialDocuments(db, kind, ids);
    await engine.index(built.documents);
    await engine.remove(kind, built.removedIds);
    counts[kind] = { indexed: built.documents.length, removed: built.removedIds.length };
  }
  return counts;
}

/**
 * Bumped whenever the documents built from the database change shape (a new facet, say), so
 * that an existing installation rebuilds its index once at the next start (scripts/setup.ts).
 * 2: "rome" facet on formations (API filter by ROME code).
 * 3: editorial bodies are HTML (rich-text editor): indexed as text, entities decoded.
 */
export const SEARCH_DOCUMENTS_VERSION = 3;
export const SEARCH_DOCUMENTS_STATE_KEY = "search_documents_version";

