import "server-only";
import type { DbOrTx } from "@/db/client";
import { createPost, deletePost, getPostForAdmin, type NetworkPostWrite, updatePost } from "@/db/queries/network-posts";
import type { NetworkPost } from "@/db/schema";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { sanitizeRichText } from "@/lib/cms/sanitize";
import { parsePortalDateTime } from "@/lib/dates";
import { type NetworkPostValues, richTextHasText } from "@/lib/validations/network-post";
import { type NetworkLocale, pick } from "./i18n/locale";
import { postStrings } from "./i18n/posts";

/**
 * Writes and localised reads of the network news and events. Every write checks
 * "network:publish" here, so an action or a script cannot forget it, and sanitises the bodies.
 */

/**
 * The columns to store: sanitised bodies, Paris-time dates as instants, event fields cleared on a
 * news item, and the publication date kept from the first publication (a correction does not
 * move an item back to the top), cleared when it goes back to draft.
 */
export function postWriteValues(values: NetworkPostValues, existing: Pick<NetworkPost, "status" | "publishedAt"> | null, now: Date): NetworkPostWrite {
  const event = values.kind === "event";
  const bodyEn = sanitizeRichText(values.bodyEn);
  const published = values.status === "published";
  return {
    kind: values.kind,
    status: values.status,
    titleFr: values.titleFr,
    titleEn: values.titleEn,
    bodyFr: sanitizeRichText(values.bodyFr),
    bodyEn: richTextHasText(bodyEn) ? bodyEn : null,
    startsAt: event ? parsePortalDateTime(values.startsAt) : null,
    endsAt: event && values.endsAt ? parsePortalDateTime(values.endsAt) : null,
    place: event ? values.place : null,
    onlineUrl: event ? values.onlineUrl : null,
    publishedAt: published ? (existing?.status === "published" && existing.publishedAt ? existing.publishedAt : now) : null,
  };
}

export async function savePost(
  db: DbOrTx,
  actor: Actor,
  values: NetworkPostValues,
  options: { locale: NetworkLocale; now?: Date },
): Promise<ActionResult<{ id: number }>> {
  assertCan(actor, "network:publish");
  const t = pick(postStrings, options.locale).form;
  const now = options.now ?? new Date();
  const existing = values.id ? await getPostForAdmin(db, { id: values.id }) : null;
  if (values.id && !existing) return fail(t.notFound);
  const row = postWriteValues(values, existing ?? null, now);
  // What the sanitiser removed may have been all there was (a script, a foreign frame).
  if (!richTextHasText(row.bodyFr)) return fail(t.invalid, { bodyFr: [t.emptyAfterSanitize] });
  if (existing) {
    const updated = await updatePost(db, { id: existing.id, values: row, now });
    if (!updated) return fail(t.notFound);
    return ok({ id: updated.id }, t.saved);
  }
  const created = await createPost(db, { values: row, authorId: actor.id });
  return ok({ id: created.id }, t.saved);
}

export async function removePost(db: DbOrTx, actor: Actor, params: { id: number; locale: NetworkLocale }): Promise<ActionResult<undefined>> {
  assertCan(actor, "network:publish");
  const t = pick(postStrings, params.locale).form;
  return (await deletePost(db, { id: params.id })) ? ok(undefined, t.deleted) : fail(t.notFound);
}
