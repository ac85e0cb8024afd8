import { getTableName, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { CONTENT_TABLES } from "@/lib/cms/tables";
import { MEDIA_REFERENCE_SOURCES } from "@/lib/media/cleanup";

/**
 * The cleanup removes every old image that no table of MEDIA_REFERENCE_SOURCES names. A table
 * that can hold an image (a key to media, a column named like an image or a rich body) and is not
 * in that list would lose its images a week after their upload: this scan catches it.
 */

/** A word of a snake_case column name ("image_id", "body_en", "html"; not "median_salary"). */
const LOOKS_LIKE_AN_IMAGE = /(^|_)(images?|medias?|photos?|pictures?|avatar|logo|thumbnail|illustration|cover|body|html)(_|$)/i;

/** Tables such columns do not make sources, and why. */
const NOT_SOURCES: Record<string, string> = {
  users: "`image` is the Auth.js account picture, an outside address the application never sets",
  outbox_emails: "a newsletter's emails copy its body, and the newsletter (never deleted) is a source",
  search_texts: "plain text derived from the content tables, which are sources",
};

// The uploads themselves aside.
const tables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable) && value !== schema.media);
const sourceNames = new Set(MEDIA_REFERENCE_SOURCES.map((table) => getTableName(table)));

function mayHoldAnImage(table: PgTable): string[] {
  const config = getTableConfig(table);
  const columns = config.columns.filter((column) => LOOKS_LIKE_AN_IMAGE.test(column.name)).map((column) => column.name);
  const keys = config.foreignKeys.filter((key) => key.reference().foreignTable === schema.media).map((key) => key.getName());
  return [...columns, ...keys];
}

describe("sources of image references", () => {
  it("finds the tables of the schema", () => {
    expect(tables.length).toBeGreaterThan(30);
    expect(mayHoldAnImage(schema.news)).toEqual(expect.arrayContaining(["body", "image_id"]));
  });

  it.each(tables.map((table) => [getTableName(table), table] as const))("covers %s if it can hold an image", (name, table) => {
    const reasons = mayHoldAnImage(table);
    if (reasons.length === 0 || name in NOT_SOURCES) return;
    expect(sourceNames, `${name} (${reasons.join(", ")}) : ajoutez-la à MEDIA_REFERENCE_SOURCES (lib/media/cleanup.ts)`).toContain(name);
  });

  it("lists every content kind, the revisions, network posts and newsletters", () => {
    const expected = [...Object.values(CONTENT_TABLES), schema.contentRevisions, schema.networkPosts, schema.newsletters].map((table) => getTableName(table));
    expect([...sourceNames].sort()).toEqual([...new Set(expected)].sort());
  });

  it("keeps no stale exception", () => {
    const names = new Set(tables.map((table) => getTableName(table)));
    for (const name of Object.keys(NOT_SOURCES)) {
      expect(names, name).toContain(name);
      expect(mayHoldAnImage(tables.find((table) => getTableName(table) === name)!), name).not.toEqual([]);
    }
  });
});
