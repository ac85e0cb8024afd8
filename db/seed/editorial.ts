import type { Db } from "../client";
import { bulkInsert } from "../bulk-insert";
import { events, financingSchemes, infoPages, news, resources, supportStructures } from "../schema";
import { textToHtml } from "../../lib/cms/sanitize";
import { readAllCsv } from "./csv";
import { buildDemoEvents, listSeedOrganisations } from "./editorial-events";
import { buildFinancingSchemes, TREFLE_FINANCING_FILE } from "./editorial-financing";
import { buildDemoInfoPages, buildDemoNews } from "./editorial-news";
import { listSeedCommunes } from "./editorial-places";
import { buildResources } from "./editorial-resources";
import { buildDemoStructures, loadEditorialCodes } from "./editorial-structures";

export type EditorialSeedCounts = {
  codes: number;
  financingSchemes: number;
  structures: number;
  events: number;
  resources: number;
  news: number;
  infoPages: number;
};

/**
 * Editorial content of the demo: the real Trèfle financing referential (national schemes and
 * those of the catalogue's region), demo structures and agenda placed in the catalogue's communes
 * (so run it after the catalogue), and a short list of useful public websites. Rows are upserted by slug, so running it again refreshes them in place.
 */
export async function seedEditorial(db: Db, options: { today: Date }): Promise<EditorialSeedCounts> {
  const publishedAt = options.today;
  const financingRows = await readAllCsv(TREFLE_FINANCING_FILE);
  return db.transaction(async (tx) => {
    const codes = await loadEditorialCodes(tx);
    const communes = await listSeedCommunes(tx);
    const organisations = await listSeedOrganisations(tx, { region: communes[0]?.region ?? null });
    const schemes = buildFinancingSchemes(financingRows, publishedAt, { region: communes[0]?.region ?? null });
    const structures = buildDemoStructures(communes, publishedAt);
    const agenda = buildDemoEvents({ today: options.today, communes, organisations, structures, publishedAt });
    const links = buildResources(publishedAt);
    const first = communes[0];
    const articles = buildDemoNews({
      today: options.today,
      area: { region: first?.region ?? null, department: first?.department ?? null, city: first?.city ?? null },
    });
    const pages = buildDemoInfoPages({ today: options.today });
    const upsert = { conflict: ["slug"], onConflict: "update" as const };
    // Seed texts are written as plain text; the editor's column holds HTML.
    const html = <T extends { body?: string | null }>(rows: T[]): T[] =>
      rows.map((row) => (row.body ? { ...row, body: textToHtml(row.body) } : row));
    await bulkInsert(tx, financingSchemes, html(schemes), upsert);
    await bulkInsert(tx, supportStructures, html(structures), upsert);
    await bulkInsert(tx, events, html(agenda), upsert);
    await bulkInsert(tx, resources, html(links), upsert);
    // Already HTML, written for the rich-text column.
    await bulkInsert(tx, news, articles, upsert);
    await bulkInsert(tx, infoPages, pages, upsert);
    return {
      codes,
      financingSchemes: schemes.length,
      structures: structures.length,
      events: agenda.length,
      resources: links.length,
      news: articles.length,
      infoPages: pages.length,
    };
  });
}
