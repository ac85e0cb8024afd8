import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDirectoryOptions, searchAlumni } from "@/db/queries/network-directory";
import type { SessionUser } from "@/lib/auth/config";
import { formatFieldValue } from "@/lib/network/directory/columns";
import { CRITERION_PARAMS, SELECT_CRITERIA } from "@/lib/network/directory/params";
import { directoryStrings } from "@/lib/network/i18n/directory";
import { ALUMNI_FIELDS, type AlumniField, canSearchBy, canSeeField, type NetworkViewer, SEARCH_CRITERIA, visibleFields } from "@/lib/network/matrix";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { ALPHA, BETA, decodedHtml, type Fixture, PENDING, type ProfileValues, REFUSED, readTable, SELF, seedDirectory } from "./directory-fixtures";
import { compact, compactPdfText, pdfPages } from "./pdf-text";

/**
 * The key test: for each viewer of the matrix, every field and every search criterion
 * of lib/network/matrix.ts checked on the query, the page HTML, the API JSON and the PDF text.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const VIEWER_CASES: { label: string; index: number; viewer: NetworkViewer }[] = [
  { label: "bricks_admin (network_admin, scope bricks)", index: 0, viewer: "bricks_admin" },
  { label: "campus_admin (network_reader, scope campus)", index: 1, viewer: "campus_admin" },
  { label: "campus_admin (network_editor, scope campus)", index: 2, viewer: "campus_admin" },
  { label: "alumni", index: 3, viewer: "alumni" },
  { label: "organisation_member", index: 4, viewer: "organisation_member" },
];

/** Listed alumni in name order (Ångströmalpha, Ångströmbeta, Ångströmmoi). */
const LISTED: ProfileValues[] = [ALPHA, BETA, SELF];
const t = directoryStrings.fr;

async function renderPage(query: string): Promise<string> {
  const { default: DirectoryPage } = await import("@/app/(network)/reseau/annuaire/page");
  const searchParams = Object.fromEntries(new URLSearchParams(query));
  return renderToStaticMarkup(await DirectoryPage({ searchParams: Promise.resolve(searchParams) }));
}
async function callApi(query: string): Promise<Response> {
  const { GET } = await import("@/app/api/v1/reseau/annuaire/route");
  return GET(new Request(`http://portail.test/api/v1/reseau/annuaire?${query}`));
}
async function fetchPdf(query: string): Promise<Buffer> {
  const { GET } = await import("@/app/(network)/reseau/annuaire/pdf/route");
  const response = await GET(new Request(`http://portail.test/reseau/annuaire/pdf?${query}`));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  return Buffer.from(await response.arrayBuffer());
}

/** A value matching ALPHA only, typed the way users do: a middle part, upper case, accents dropped. */
function searchValue(criterion: AlumniField): string {
  const value = ALPHA[criterion];
  if (criterion === "year" || criterion === "countryOfOrigin" || criterion === "countryOfActivity") return String(value);
  return String(value).normalize("NFD").replace(/\p{Diacritic}/gu, "").slice(3).toUpperCase();
}

/** How a value is written on a page or in a PDF (country names in French). */
const shown = (field: AlumniField, profile: ProfileValues) => formatFieldValue(field, profile[field], "fr");

/** Values that are not numbers: searched as text anywhere in the output. Years are checked cell by cell. */
const TEXT_FIELDS = ALUMNI_FIELDS.filter((field) => field !== "year");

describe(`alumni directory per viewer, on ${describeDatabaseKind()}`, () => {
  let db: TestDatabase;
  let fixture: Fixture;

  beforeAll(async () => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    db = await createTestDatabase();
    state.db = db.db;
    fixture = await seedDirectory(db.db);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await db?.dispose();
  });

  const signIn = (index: number) => {
    state.user = fixture.viewers[index]!.user;
  };

  describe.each(VIEWER_CASES)("$label", ({ index, viewer }) => {
    const visible = visibleFields(viewer);
    const hidden = ALUMNI_FIELDS.filter((field) => !canSeeField(viewer, field));
    const expectedKeys = [...visible, "userId", "featured"].sort();

    it("query: approved alumni only, each row holding exactly the visible fields", async () => {
      const result = await searchAlumni(db.db, { viewer, filters: {} });
      expect(result.total).toBe(3);
      expect(result.rows.map((row) => row.userId)).toEqual([fixture.ids.alpha, fixture.ids.beta, fixture.ids.self]);
      result.rows.forEach((row, i) => {
        expect(Object.keys(row).sort()).toEqual(expectedKeys);
        for (const field of visible) expect(row[field]).toEqual(LISTED[i]![field]);
      });
      expect(result.rows.map((row) => row.featured)).toEqual([true, false, false]);
    });

    it("query: list options only for the criteria this viewer may use", async () => {
      const options = await getDirectoryOptions(db.db, { viewer });
      const expected = [...SELECT_CRITERIA].filter((criterion) => canSearchBy(viewer, criterion));
      expect(Object.keys(options).sort()).toEqual(expected.sort());
      if (options.year) expect(options.year).toEqual([2015, 2012, 2011]);
    });

    it("page: the visible fields as columns, nothing else in the HTML", async () => {
      signIn(index);
      const html = await renderPage("");
      const table = readTable(html);
      expect(table.headers).toEqual(visible.map((field) => t.fields[field]));
      expect(table.rows).toHaveLength(3);
      table.rows.forEach((cells, i) => {
        const profile = LISTED[i]!;
        expect(cells).toEqual(visible.map((field) => shown(field, profile) + (field === "lastName" && i === 0 ? t.featured : "")));
      });
      const text = decodedHtml(html);
      for (const profile of LISTED) for (const field of hidden) if (field !== "year") expect(text).not.toContain(shown(field, profile));
      for (const profile of [PENDING, REFUSED]) for (const field of TEXT_FIELDS) expect(text).not.toContain(shown(field, profile));
      for (const field of hidden) expect(table.headers).not.toContain(t.fields[field]);
      expect(html).toContain(`${t.resultCount(3)}`);
      expect(html).toContain('lang="fr"');
    });

    it("page: the form offers exactly the criteria this viewer may search by", async () => {
      signIn(index);
      const html = await renderPage("");
      for (const criterion of SEARCH_CRITERIA) {
        const field = new RegExp(`<(input|select)[^>]*name="${CRITERION_PARAMS[criterion]}"`);
        if (canSearchBy(viewer, criterion)) expect(html, criterion).toMatch(field);
        else expect(html, criterion).not.toMatch(field);
      }
    });

    it("API: the projected profiles, with exactly the visible fields", async () => {
      signIn(index);
      const response = await callApi("");
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("no-store");
      const body = (await response.json()) as { total: number; page: number; results: Record<string, unknown>[]; ignoredCriteria: string[] };
      expect(body.total).toBe(3);
      expect(body.ignoredCriteria).toEqual([]);
      body.results.forEach((result, i) => {
        expect(Object.keys(result).sort()).toEqual(expectedKeys);
        for (const field of visible) expect(result[field]).toEqual(LISTED[i]![field]);
      });
      const raw = JSON.stringify(body);
      for (const profile of LISTED) for (const field of hidden) if (field !== "year") expect(raw).not.toContain(String(profile[field]));
    });

    it("PDF: the visible columns and values only", async () => {
      signIn(index);
      const pdf = await fetchPdf("");
      const text = compactPdfText(pdf);
      const lines = pdfPages(pdf).join("\n").split("\n");
      // The header row is exactly the visible labels, directly followed by the first row's cells.
      const header = visible.map((field) => t.fields[field]).join("");
      expect(text).toContain(compact(header + visible.map((field) => shown(field, ALPHA)).join("")));
      for (const profile of LISTED) expect(text).toContain(compact(visible.map((field) => shown(field, profile)).join("")));
      if (!visible.includes("internshipCompany")) expect(text).not.toContain(compact(t.fields.internshipCompany));
      for (const profile of LISTED) {
        for (const field of TEXT_FIELDS) {
          if (visible.includes(field)) expect(text, field).toContain(compact(shown(field, profile)));
          else expect(text, field).not.toContain(compact(shown(field, profile)));
        }
        expect(lines.includes(String(profile.year)), "year").toBe(visible.includes("year"));
      }
      for (const profile of [PENDING, REFUSED]) for (const field of TEXT_FIELDS) expect(text).not.toContain(compact(shown(field, profile)));
      // Landscape A4 when the columns would not fit upright.
      const landscape = pdf.toString("latin1").includes("/MediaBox [0 0 841.89 595.28]");
      expect(landscape).toBe(visible.length > 7);
    });

    it("page and PDF speak English when asked", async () => {
      signIn(index);
      const html = await renderPage("lang=en");
      expect(readTable(html).headers).toEqual(visible.map((field) => directoryStrings.en.fields[field]));
      expect(html).toContain('lang="en"');
      const text = compactPdfText(await fetchPdf("lang=en"));
      expect(text).toContain(compact(directoryStrings.en.pdf.title));
      expect(text).toContain(compact(visible.map((field) => directoryStrings.en.fields[field]).join("")));
    });

    it.each(SEARCH_CRITERIA.map((criterion) => ({ criterion })))("criterion $criterion: applied only if the matrix allows it", async ({ criterion }) => {
      signIn(index);
      const allowed = canSearchBy(viewer, criterion);
      const value = searchValue(criterion);
      const query = new URLSearchParams({ [CRITERION_PARAMS[criterion]]: value }).toString();
      const expectedIds = allowed ? [fixture.ids.alpha] : [fixture.ids.alpha, fixture.ids.beta, fixture.ids.self];
      const filter = { [criterion]: criterion === "year" ? Number(value) : value };

      const result = await searchAlumni(db.db, { viewer, filters: filter });
      expect(result.rows.map((row) => row.userId)).toEqual(expectedIds);
      expect(result.ignoredCriteria).toEqual(allowed ? [] : [criterion]);

      const html = await renderPage(query);
      expect(readTable(html).rows).toHaveLength(expectedIds.length);
      const notice = t.refusedNotice([t.fields[criterion]]);
      if (allowed) expect(decodedHtml(html)).not.toContain(notice);
      else expect(decodedHtml(html)).toContain(notice);

      const response = await callApi(query);
      const body = (await response.json()) as { results: { userId: string }[]; ignoredCriteria: string[] };
      expect(body.results.map((row) => row.userId)).toEqual(expectedIds);
      expect(body.ignoredCriteria).toEqual(allowed ? [] : [CRITERION_PARAMS[criterion]]);

      const text = compactPdfText(await fetchPdf(query));
      expect(text.includes(compact(shown("lastName", BETA)))).toBe(!allowed);
      const criteriaLine = t.pdf.criteria(allowed ? `${t.fields[criterion]} = ${formatFieldValue(criterion, filter[criterion], "fr")}` : t.pdf.noCriteria);
      expect(text).toContain(compact(criteriaLine));
    });
  });
});
