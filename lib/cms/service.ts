import "server-only";
import { and, desc, eq, inArray, lte, max } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { getContentRevision } from "@/db/queries/admin-content";
import { contentRevisions } from "@/db/schema";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { type AuditAction, recordAudit } from "@/lib/auth/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { parsePortalDateTime } from "@/lib/dates";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";
import { slugify } from "@/lib/editorial/vocabulary";
import { type ChangedRecords, reindexChanged } from "@/lib/search/reindex";
import type { SearchEngine } from "@/lib/search/types";
import type { ContentFormValues, StatusChange } from "@/lib/validations/content";
import { CONTENT_KIND_META, type ContentKind } from "./kinds";
import { buildContentValues, EDITABLE_FIELDS } from "./values";
import { contentTable, type ContentRow } from "./tables";

/**
 * The publication workflow every kind of content shares: save (create or edit), change of state
 * (publish, unpublish, archive, scheduled publication), restore of a former version. Each write
 * is one transaction that also stores the new revision and the audit entry, then the search index
 * is updated in the same call, so the database, the history, the journal and the index agree.
 */

export type CmsActor = Actor & { email?: string | null };

export type CmsContext = {
  db: Db;
  engine: SearchEngine;
  /** Null for the scheduler (scheduled publication). */
  actor: CmsActor | null;
  now?: Date;
};

export type SavedContent = { id: number; slug: string; status: EditorialStatus; version: number | null };

type Operation = "created" | "updated" | "published" | "scheduled" | "unpublished" | "archived" | "restored";

const OPERATION_AUDIT: Record<Operation, AuditAction> = {
  created: "content.created",
  updated: "content.updated",
  published: "content.published",
  scheduled: "content.scheduled",
  unpublished: "content.unpublished",
  archived: "content.archived",
  restored: "content.restored",
};

const SCHEDULER_LABEL = "Publication programmée (automatique)";

/** Creates (no id) or updates a record from its validated form. */
export async function saveContent<K extends ContentKind>(
  ctx: CmsContext,
  params: { kind: K; id?: number | null; values: ContentFormValues<K> },
): Promise<ActionResult<SavedContent>> {
  const { kind, values } = params;
  const now = ctx.now ?? new Date();
  assertCan(ctx.actor, "content:edit");
  if (values.status === "published" || values.status === "scheduled") assertCan(ctx.actor, "content:publish");

  let publishAt: Date | null = null;
  if (values.status === "scheduled") {
    publishAt = values.publishAt ? parsePortalDateTime(values.publishAt) : null;
    if (!publishAt || publishAt.getTime() <= now.getTime()) {
      return fail("La publication programmée doit être dans le futur.", {
        publishAt: ["Choisissez une date et une heure à venir, ou publiez tout de suite."],
      });
    }
  }

  const table = contentTable(kind);
  const result = await ctx.db.transaction(async (tx): Promise<ActionResult<SavedContent>> => {
    const previous = params.id ? await getContentRow(tx, kind, params.id) : null;
    if (params.id && !previous) return fail("Ce contenu n'existe plus : il a peut-être été supprimé.");

    const slug = await chooseSlug(tx, kind, { wanted: values.slug, title: values.title, previous });
    if (!slug.ok) return slug;

    const publishedAt =
      values.status === "scheduled"
        ? publishAt
        : values.status === "published"
          ? previous?.status === "published" && previous.publishedAt
            ? previous.publishedAt
            : now
          : values.status === "archived"
            ? (previous?.publishedAt ?? null)
            : null;

    const row = {
      ...(await buildContentValues(tx, kind, values)),
      slug: slug.data,
      status: values.status,
      publishedAt,
      updatedAt: now,
    };

    let saved: ContentRow;
    if (previous) {
      const changed = changedFields(previous, row);
      if (changed.length === 0) return ok({ id: previous.id, slug: previous.slug, status: previous.status, version: null });
      [saved] = (await tx.update(table).set(row).where(eq(table.id, previous.id)).returning()) as [ContentRow];
      const operation = previous.status !== saved.status ? statusOperation(saved.status) : "updated";
      const version = await recordRevision(tx, ctx, kind, saved, operation, changed, now);
      return ok({ id: saved.id, slug: saved.slug, status: saved.status, version });
    }
    [saved] = (await tx.insert(table).values({ ...row, source: "editor", createdAt: now } as typeof table.$inferInsert).returning()) as [ContentRow];
    const version = await recordRevision(tx, ctx, kind, saved, "created", Object.keys(row).filter((key) => key !== "updatedAt"), now);
    return ok({ id: saved.id, slug: saved.slug, status: saved.status, version });
  });

  if (result.ok) await reindexContent(ctx.db, ctx.engine, kind, [result.data.id]);
  return result;
}

export type StatusChangeResult = { changed: number; unchanged: number; slugs: string[] };

/** Publishes, unpublishes (back to draft) or archives the given records, from the list or a page. */
export async function changeContentStatus(
  ctx: CmsContext,
  params: { kind: ContentKind; ids: number[]; change: StatusChange },
): Promise<ActionResult<StatusChangeResult>> {
  assertCan(ctx.actor, "content:publish");
  const now = ctx.now ?? new Date();
  const table = contentTable(params.kind);
  const target: EditorialStatus = params.change === "publish" ? "published" : params.change === "archive" ? "archived" : "draft";

  const outcome = await ctx.db.transaction(async (tx) => {
    const rows = (await tx.select().from(table).where(inArray(table.id, params.ids))) as ContentRow[];
    const changedIds: number[] = [];
    const slugs: string[] = [];
    for (const previous of rows) {
      if (previous.status === target) continue;
      const publishedAt = target === "published" ? now : target === "draft" ? null : previous.publishedAt;
      const [saved] = (await tx
        .update(table)
        .set({ status: target, publishedAt, updatedAt: now })
        .where(eq(table.id, previous.id))
        .returning()) as [ContentRow];
      await recordRevision(tx, ctx, params.kind, saved, statusOperation(target), ["status"], now);
      changedIds.push(saved.id);
      slugs.push(saved.slug);
    }
    return { changedIds, slugs, unchanged: rows.length - changedIds.length };
  });

  await reindexContent(ctx.db, ctx.engine, params.kind, outcome.changedIds);
  return ok({ changed: outcome.changedIds.length, unchanged: outcome.unchanged, slugs: outcome.slugs });
}

/** Puts back the texts and settings of a former version; the state of publication stays as it is. */
export async function restoreContentRevision(
  ctx: CmsContext,
  params: { kind: ContentKind; id: number; version: number },
): Promise<ActionResult<SavedContent>> {
  assertCan(ctx.actor, "content:edit");
  const now = ctx.now ?? new Date();
  const table = contentTable(params.kind);
  const result = await ctx.db.transaction(async (tx): Promise<ActionResult<SavedContent>> => {
    const previous = await getContentRow(tx, params.kind, params.id);
    if (!previous) return fail("Ce contenu n'existe plus : il a peut-être été supprimé.");
    const revision = await getContentRevision(tx, params);
    if (!revision) return fail("Cette version n'existe pas.");
    const restored: Record<string, unknown> = {};
    for (const field of EDITABLE_FIELDS[params.kind]) {
      if (field in revision.data) restored[field] = reviveDates(field, revision.data[field]);
    }
    const changed = changedFields(previous, restored);
    if (changed.length === 0) return ok({ id: previous.id, slug: previous.slug, status: previous.status, version: null });
    const [saved] = (await tx
      .update(table)
      .set({ ...restored, updatedAt: now })
      .where(eq(table.id, previous.id))
      .returning()) as [ContentRow];
    const version = await recordRevision(tx, ctx, params.kind, saved, "restored", changed, now, { restoredVersion: params.version });
    return ok({ id: saved.id, slug: saved.slug, status: saved.status, version });
  });
  if (result.ok) await reindexContent(ctx.db, ctx.engine, params.kind, [result.data.id]);
  return result;
}

/**
 * Publishes what was scheduled for now or earlier (run every minute by the scheduler, and by
 * `npm run publish-scheduled`). Returns the number of records published per kind.
 */
export async function publishDueContent(ctx: Omit<CmsContext, "actor">): Promise<Partial<Record<ContentKind, number>>> {
  const now = ctx.now ?? new Date();
  const published: Partial<Record<ContentKind, number>> = {};
  for (const kind of Object.keys(CONTENT_KIND_META) as ContentKind[]) {
    const table = contentTable(kind);
    const ids = await ctx.db.transaction(async (tx) => {
      const due = (await tx
        .update(table)
        .set({ status: "published", updatedAt: now })
        .where(and(eq(table.status, "scheduled"), lte(table.publishedAt, now)))
        .returning()) as ContentRow[];
      for (const row of due) await recordRevision(tx, { ...ctx, actor: null }, kind, row, "published", ["status"], now);
      return due.map((row) => row.id);
    });
    if (ids.length === 0) continue;
    published[kind] = ids.length;
    await reindexContent(ctx.db, ctx.engine, kind, ids);
  }
  return published;
}

export async function getContentRow(db: DbOrTx, kind: ContentKind, id: number): Promise<ContentRow | null> {
  const table = contentTable(kind);
  const [row] = (await db.select().from(table).where(eq(table.id, id))) as ContentRow[];
  return row ?? null;
}

/** Brings the search index in line with the given records (kinds the public engines show). */
export async function reindexContent(db: DbOrTx, engine: SearchEngine, kind: ContentKind, ids: number[]) {
  const searchKind = CONTENT_KIND_META[kind].searchKind;
  if (!searchKind || ids.length === 0) return;
  const key: Record<NonNullable<typeof searchKind>, keyof ChangedRecords> = {
    evenement: "eventIds",
    structure: "structureIds",
    financement: "financingSchemeIds",
    ressource: "resourceIds",
  };
  await reindexChanged(db, engine, { [key[searchKind]]: ids });
}

function statusOperation(status: EditorialStatus): Operation {
  return status === "published" ? "published" : status === "scheduled" ? "scheduled" : status === "archived" ? "archived" : "unpublished";
}

async function recordRevision(
  tx: DbOrTx,
  ctx: Pick<CmsContext, "actor">,
  kind: ContentKind,
  row: ContentRow,
  operation: Operation,
  changed: string[],
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const [last] = await tx
    .select({ version: max(contentRevisions.version) })
    .from(contentRevisions)
    .where(and(eq(contentRevisions.kind, kind), eq(contentRevisions.contentId, row.id)));
  const version = (last?.version ?? 0) + 1;
  const actorLabel = ctx.actor ? (ctx.actor.email ?? null) : SCHEDULER_LABEL;
  await tx.insert(contentRevisions).values({
    kind,
    contentId: row.id,
    version,
    operation,
    status: row.status,
    title: row.title,
    data: JSON.parse(JSON.stringify(row)) as Record<string, unknown>,
    changedFields: changed,
    actorId: ctx.actor?.id ?? null,
    actorLabel,
    createdAt: now,
  });
  await recordAudit(tx, {
    action: OPERATION_AUDIT[operation],
    actor: ctx.actor ? { id: ctx.actor.id, label: ctx.actor.email ?? null } : { id: "system", label: SCHEDULER_LABEL },
    target: { type: kind, id: String(row.id) },
    details: {
      kind,
      title: row.title,
      version,
      changedFields: changed,
      ...(operation === "scheduled" && row.publishedAt ? { publishAt: row.publishedAt.toISOString() } : {}),
      ...extra,
    },
  });
  return version;
}

/** Fields whose value differs, compared as JSON (dates and arrays included). */
function changedFields(previous: ContentRow, next: Record<string, unknown>): string[] {
  const before = previous as unknown as Record<string, unknown>;
  return Object.keys(next).filter(
    (key) => key !== "updatedAt" && key !== "createdAt" && JSON.stringify(before[key] ?? null) !== JSON.stringify(next[key] ?? null),
  );
}

const DATE_FIELDS = new Set(["startsAt", "endsAt", "publishedAt"]);

function reviveDates(field: string, value: unknown): unknown {
  return DATE_FIELDS.has(field) && typeof value === "string" ? new Date(value) : value;
}

async function chooseSlug(
  tx: DbOrTx,
  kind: ContentKind,
  params: { wanted: string | null; title: string; previous: ContentRow | null },
): Promise<ActionResult<string>> {
  const table = contentTable(kind);
  const taken = async (slug: string) => {
    const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).limit(1);
    return row !== undefined && row.id !== params.previous?.id;
  };
  if (params.wanted) {
    if (params.wanted === params.previous?.slug) return ok(params.wanted);
    if (await taken(params.wanted)) {
      return fail("Cette adresse est déjà utilisée.", { slug: ["Cette adresse est déjà celle d'un autre contenu : choisissez-en une autre."] });
    }
    return ok(params.wanted);
  }
  // The address stays what it was so published links keep working; a new record gets one from its title.
  if (params.previous) return ok(params.previous.slug);
  const base = slugify(params.title) || CONTENT_KIND_META[kind].segment;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return ok(candidate);
  }
  return fail("Impossible de trouver une adresse libre pour ce titre : saisissez-en une.");
}

/** The latest revisions of one record, newest first. */
export async function listContentRevisions(db: DbOrTx, params: { kind: ContentKind; id: number; limit?: number }) {
  return db
    .select()
    .from(contentRevisions)
    .where(and(eq(contentRevisions.kind, params.kind), eq(contentRevisions.contentId, params.id)))
    .orderBy(desc(contentRevisions.version))
    .limit(params.limit ?? 100);
}
