import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type SavedItem, savedItems } from "@/db/schema";
import { countSavedItemsByKind, getSavedItemRow, listSavedItemKeys, listSavedItemRows } from "@/db/queries/personal";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { SearchKind } from "@/lib/search/types";
import { NOTE_MAX_LENGTH } from "@/lib/validations/personal";
import { type ItemRef, itemKey, resolveItem, resolveItems } from "./item-resolver";

/**
 * Saved items ("Mes favoris"). Rows are keyed by their owner's id, taken from the actor and never
 * from the input, so a user can only ever read or change their own. Items live in the database,
 * not in the session: signing out, or out of every device, keeps them.
 */

/** Beyond this a list stops being useful, and it bounds what one account can store. */
export const MAX_SAVED_ITEMS = 500;

export type SavedItemView = SavedItem & {
  /** False once the item was withdrawn or unpublished: shown without a link, with a notice. */
  available: boolean;
};

export type SaveOutcome =
  | { ok: true; saved: boolean }
  | { ok: false; reason: "unavailable" | "limit" };

export async function saveItem(db: DbOrTx, actor: Actor | null | undefined, input: ItemRef): Promise<SaveOutcome> {
  assertCan(actor, "account:use");
  const item = await resolveItem(db, input);
  if (!item) return { ok: false, reason: "unavailable" };
  const existing = await getSavedItemRow(db, { userId: actor.id, ...input });
  if (existing) return { ok: true, saved: true };
  const [row] = await db.select({ total: count() }).from(savedItems).where(eq(savedItems.userId, actor.id));
  if (Number(row?.total ?? 0) >= MAX_SAVED_ITEMS) return { ok: false, reason: "limit" };
  // A concurrent save of the same item (two tabs) is not an error: the first one wins.
  await db
    .insert(savedItems)
    .values({ userId: actor.id, kind: item.kind, itemId: item.itemId, title: item.title, url: item.url })
    .onConflictDoNothing();
  return { ok: true, saved: true };
}

/** Removing works whatever became of the item, so a withdrawn one can be cleared from the list. */
export async function unsaveItem(db: DbOrTx, actor: Actor | null | undefined, input: ItemRef): Promise<SaveOutcome> {
  assertCan(actor, "account:use");
  await db.delete(savedItems).where(ownedBy(actor.id, input));
  return { ok: true, saved: false };
}

/** Puts the item in the state the button asked for; idempotent, unlike a blind toggle. */
export async function setItemSaved(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: ItemRef & { saved: boolean },
): Promise<SaveOutcome> {
  const ref = { kind: input.kind, itemId: input.itemId };
  return input.saved ? saveItem(db, actor, ref) : unsaveItem(db, actor, ref);
}

export async function toggleSavedItem(db: DbOrTx, actor: Actor | null | undefined, input: ItemRef): Promise<SaveOutcome> {
  assertCan(actor, "account:use");
  const existing = await getSavedItemRow(db, { userId: actor.id, ...input });
  return setItemSaved(db, actor, { ...input, saved: !existing });
}

/**
 * Sets or clears (null, blank) the note of one of the actor's saved items. Null when the actor has
 * no such item, which is also the answer for another user's item: the row is looked up by owner.
 */
export async function updateSavedItemNote(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: ItemRef & { note: string | null },
): Promise<SavedItem | null> {
  assertCan(actor, "account:use");
  const note = input.note?.trim() || null;
  // The form's schema already refuses longer notes; reaching here with one is a bug in a caller.
  if (note && note.length > NOTE_MAX_LENGTH) throw new RangeError(`Note longer than ${NOTE_MAX_LENGTH} characters`);
  const [row] = await db.update(savedItems).set({ note }).where(ownedBy(actor.id, input)).returning();
  return row ?? null;
}

/**
 * The actor's saved items, newest first, each with its current title and link when it is still
 * public, or as saved (and `available: false`) when it is not.
 */
export async function listSavedItems(
  db: DbOrTx,
  actor: Actor | null | undefined,
  params: { kind?: SearchKind; limit?: number } = {},
): Promise<SavedItemView[]> {
  assertCan(actor, "account:use");
  const rows = await listSavedItemRows(db, { userId: actor.id, ...params });
  const current = await resolveItems(db, rows);
  return rows.map((row) => {
    const item = current.get(itemKey(row.kind, row.itemId));
    return item ? { ...row, title: item.title, url: item.url, available: true } : { ...row, available: false };
  });
}

export async function isItemSaved(db: DbOrTx, actor: Actor | null | undefined, input: ItemRef): Promise<boolean> {
  assertCan(actor, "account:use");
  return (await getSavedItemRow(db, { userId: actor.id, ...input })) !== null;
}

export async function countSavedItems(db: DbOrTx, actor: Actor | null | undefined): Promise<Map<SearchKind, number>> {
  assertCan(actor, "account:use");
  return countSavedItemsByKind(db, { userId: actor.id });
}

/** `kind:itemId` of everything a user saved; the caller passes the signed-in user's own id. */
export async function savedKeysFor(db: DbOrTx, userId: string): Promise<Set<string>> {
  return new Set(await listSavedItemKeys(db, { userId }));
}

function ownedBy(userId: string, ref: ItemRef) {
  return and(eq(savedItems.userId, userId), eq(savedItems.kind, ref.kind), eq(savedItems.itemId, ref.itemId));
}
