import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { searchAlumni } from "@/db/queries/network-directory";
import type { SessionUser } from "@/lib/auth/config";
import { formatFieldValue } from "@/lib/network/directory/columns";
import { parseDirectoryParams } from "@/lib/network/directory/params";
import { directoryStrings } from "@/lib/network/i18n/directory";
import { ALUMNI_FIELDS, visibleFields } from "@/lib/network/matrix";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { ALPHA, BETA, decodedHtml, type Fixture, readTable, seedDirectory } from "./directory-fixtures";
import { compact, compactPdfText } from "./pdf-text";

/**
 * Who may not use the directory (anonymous, visitor, unapproved or refused applicants) on the
 * page, the profile page, the API and the PDF; the profile page per viewer; what the search
 * does with combined, accented, malformed and refused criteria.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const t = directoryStrings.fr;

async function renderPage(query: string): Promise<string> {
  const { default: DirectoryPage } = await import("@/app/(network)/reseau/annuaire/page");
  const searchParams = Object.fromEntries(new URLSearchParams(query));
  return renderToStaticMarkup(await DirectoryPage({ searchParams: Promise.resolve(searchParams) }));
}
async function renderProfile(userId: string): Promise<string> {
  const { default: ProfilePage } = await import("@/app/(network)/reseau/annuaire/[userId]/page");
  return renderToStaticMarkup(await ProfilePage({ params: Promise.resolve({ userId }), searchParams: Promise.resolve({}) }));
}
async function callApi(query: string, headers: Record<string, string> = {}): Promise<Response> {
  const { GET } = await import("@/app/api/v1/reseau/annuaire/route");
  return GET(new Request(`http://portail.test/api/v1/reseau/annuaire?${query}`, { headers }));
}
async function callPdf(query: string): Promise<Response> {
  const { GET } = await import("@/app/(network)/reseau/annuaire/pdf/route");
  return GET(new Request(`http://portail.test/reseau/annuaire/pdf?${query}`));
}

describe(`alumni directory access and search, on ${describeDatabaseKind()}`, () => {
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

  describe("anonymous visitor", () => {
    it("is sent to sign in from the page and the profile page", async () => {
      state.user = null;
      await expect(renderPage("societe=a")).rejects.toMatchObject({
        digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/connexion\?retour=%2Freseau%2Fannuaire%3Fsociete%3Da/),
      });
      await expect(renderProfile(fixture.ids.alpha)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/connexion/) });
    });

    it("gets 401 from the API, even with a public API key", async () => {
      state.user = null;
      const response = await callApi("", { "X-API-Key": "pk_test_anything", Authorization: "Bearer pk_test_anything" });
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await response.text()).not.toContain(ALPHA.lastName);
    });

    it("is sent to sign in by the PDF link", async () => {
      state.user = null;
      const response = await callPdf("societe=a");
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("http://portail.test/connexion?retour=%2Freseau%2Fannuaire%2Fpdf%3Fsociete%3Da");
    });
  });

  describe.each([0, 1, 2, 3, 4])("refused account #%i", (index) => {
    const who = () => fixture.refused[index]!;

    it("gets the 403 page on the directory and on a profile", async () => {
      state.user = who().user;
      await expect(renderPage(""), who().label).rejects.toMatchObject(FORBIDDEN);
      await expect(renderProfile(fixture.ids.alpha), who().label).rejects.toMatchObject(FORBIDDEN);
    });

    it("gets 403 from the API and the PDF, with no profile in the answer", async () => {
      state.user = who().user;
      const api = await callApi("");
      expect(api.status, who().label).toBe(403);
      expect(await api.text()).not.toContain(ALPHA.lastName);
      const pdf = await callPdf("");
      expect(pdf.status, who().label).toBe(403);
      expect(pdf.headers.get("content-type")).not.toBe("application/pdf");
    });
  });

  describe("profile page", () => {
    it.each([0, 1, 2, 3, 4])("shows exactly the visible fields to viewer #%i", async (index) => {
      const { user, viewer } = fixture.viewers[index]!;
      state.user = user;
      const html = decodedHtml(await renderProfile(fixture.ids.alpha));
      const terms = [...html.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => m[1]);
      expect(terms).toEqual(visibleFields(viewer).map((field) => t.fields[field]));
      for (const field of ALUMNI_FIELDS) {
        if (field === "year") continue;
        const value = formatFieldValue(field, ALPHA[field], "fr");
        if (visibleFields(viewer).includes(field)) expect(html, field).toContain(value);
        else expect(html, field).not.toContain(value);
      }
      expect(html).toContain(t.featured);
    });

    it("is not found for a pending or refused applicant, a non-alumni member or an unknown id", async () => {
      state.user = fixture.viewers[0]!.user;
      for (const id of [fixture.ids.pending, fixture.ids.refused, fixture.ids.orgMember, "inconnu"]) {
        await expect(renderProfile(id), id).rejects.toMatchObject(NOT_FOUND);
      }
    });
  });

  describe("search", () => {
    it("combines criteria with AND, ignoring case and accents", async () => {
      const all = await searchAlumni(db.db, { viewer: "alumni", filters: { company: "AEROBUS", firstName: "elodie" } });
      expect(all.total).toBe(3);
      const one = await searchAlumni(db.db, { viewer: "alumni", filters: { company: "aerobus", year: 2012, countryOfActivity: "DE" } });
      expect(one.rows.map((row) => row.userId)).toEqual([fixture.ids.beta]);
      const none = await searchAlumni(db.db, { viewer: "alumni", filters: { company: "aérobusbeta", year: 2011 } });
      expect(none.total).toBe(0);
    });

    it("takes % and _ literally", async () => {
      expect((await searchAlumni(db.db, { viewer: "alumni", filters: { company: "%" } })).total).toBe(0);
      expect((await searchAlumni(db.db, { viewer: "alumni", filters: { lastName: "_" } })).total).toBe(0);
    });

    it("sorts only by fields the viewer sees", async () => {
      const byYear = await searchAlumni(db.db, { viewer: "alumni", filters: {}, sort: "year" });
      expect(byYear.rows.map((row) => row.year)).toEqual([2015, 2012, 2011]);
      // Organisation members do not see the year: its order would tell it, so the name order stays.
      const org = await searchAlumni(db.db, { viewer: "organisation_member", filters: {}, sort: "year" });
      expect(org.rows.map((row) => row.userId)).toEqual([fixture.ids.alpha, fixture.ids.beta, fixture.ids.self]);
    });

    it("pages the results and keeps the criteria in the page links", async () => {
      const second = await searchAlumni(db.db, { viewer: "bricks_admin", filters: { company: "aero" }, page: 2, perPage: 2 });
      expect(second).toMatchObject({ total: 3, page: 2, perPage: 2 });
      expect(second.rows.map((row) => row.userId)).toEqual([fixture.ids.self]);
      const clamped = await searchAlumni(db.db, { viewer: "bricks_admin", filters: {}, page: 9, perPage: 2 });
      expect(clamped.page).toBe(2);
    });

    it("shows a crafted refused criterion as a notice, drops it from the form and its links", async () => {
      state.user = fixture.viewers[4]!.user;
      const html = decodedHtml(await renderPage(`societe_stage=${encodeURIComponent(ALPHA.internshipCompany)}&pays_origine=SN&societe=aerobus`));
      expect(html).toContain(t.refusedNotice([t.fields.countryOfOrigin, t.fields.internshipCompany]));
      expect(readTable(html).rows).toHaveLength(3);
      expect(html).not.toContain(ALPHA.internshipCompany);
      expect(html).toContain('href="/reseau/annuaire/pdf?societe=aerobus"');
    });

    it("tells about a malformed value it could not apply", async () => {
      state.user = fixture.viewers[3]!.user;
      const html = decodedHtml(await renderPage("annee=deux-mille&pays_activite=ZZ"));
      expect(html).toContain(t.invalidNotice([t.fields.countryOfActivity, t.fields.year]));
      expect(readTable(html).rows).toHaveLength(3);
      const api = await callApi("annee=deux-mille");
      expect(api.status).toBe(400);
      expect(await api.json()).toMatchObject({ status: 400, errors: [{ parameter: "annee" }] });
    });

    it("reports a malformed refused criterion as refused, not as malformed", async () => {
      state.user = fixture.viewers[4]!.user;
      const api = await callApi("annee=deux-mille");
      expect(api.status).toBe(200);
      expect(await api.json()).toMatchObject({ total: 3, ignoredCriteria: ["annee"] });
    });

    it("shows the empty state when nothing matches", async () => {
      state.user = fixture.viewers[3]!.user;
      const html = decodedHtml(await renderPage("nom=personne"));
      expect(html).toContain(t.resultCount(0));
      expect(html).toContain(t.emptyWithCriteria);
      expect(html).not.toContain("<table");
      expect(html).not.toContain("/reseau/annuaire/pdf");
    });

    it("parses shareable URLs the same way for the page, the API and the PDF", () => {
      const state = parseDirectoryParams(new URLSearchParams("pays_origine=sn&annee=2011&nom=%20Ngom%20&tri=annee&page=2&lang=en"));
      expect(state).toEqual({ filters: { countryOfOrigin: "SN", year: 2011, lastName: "Ngom" }, invalid: [], page: 2, sort: "year", lang: "en" });
    });
  });

  it("says in the PDF when the list was cut at the cap", async () => {
    const { buildDirectoryPdf } = await import("@/lib/network/directory/pdf");
    const { rows, total } = await searchAlumni(db.db, { viewer: "alumni", filters: {}, perPage: 2 });
    const pdf = await buildDirectoryPdf({ viewer: "alumni", locale: "fr", rows, filters: {}, total, cap: 2, generatedAt: new Date() });
    const text = compactPdfText(pdf);
    expect(text).toContain(compact(t.pdf.truncated(2, 3)));
    expect(text).toContain(compact(t.pdf.page(1, 1)));
  });

  it("never lists a pending or refused applicant, nor a deactivated account", async () => {
    state.user = fixture.viewers[0]!.user;
    const body = (await (await callApi("par_page=100")).json()) as { total: number; results: { userId: string }[] };
    expect(body.total).toBe(3);
    expect(body.results.map((row) => row.userId)).not.toContain(fixture.ids.pending);
    expect(JSON.stringify(body)).not.toContain(BETA.lastName.replace("beta", "desactive"));
  });
});
