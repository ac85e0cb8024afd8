import { describe, expect, it } from "vitest";
import { buildDemoInfoPages, buildDemoNews } from "@/db/seed/editorial-news";
import { AUDIENCES, isValidSlug, NEWS_THEMES, TERRITORY_PATTERN } from "@/lib/editorial/vocabulary";

const today = new Date("2026-11-24T10:00:00Z");
const area = { region: "76", department: "31", city: "Toulouse" };
/** The only outside sites the demo content may cite: official services, checkable by anyone. */
const OFFICIAL = /^https:\/\/(www\.)?(service-public\.fr|moncompteformation\.gouv\.fr|francecompetences\.fr|vae\.gouv\.fr|1jeune1solution\.gouv\.fr|alternance\.emploi\.gouv\.fr|francetravail\.fr|onisep\.fr|parcoursup\.gouv\.fr)$/;

const hrefs = (html: string | null | undefined) => [...(html ?? "").matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

describe("demo news and Infos+ pages", () => {
  const articles = buildDemoNews({ today, area });
  const pages = buildDemoInfoPages({ today });

  it("has published articles, one scheduled in the future and one draft", () => {
    expect(articles.filter((a) => a.status === "published").length).toBeGreaterThanOrEqual(6);
    const scheduled = articles.filter((a) => a.status === "scheduled");
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.publishedAt!.getTime()).toBeGreaterThan(today.getTime());
    expect(articles.filter((a) => a.status === "draft")).toEqual([expect.objectContaining({ publishedAt: null })]);
    for (const a of articles.filter((a) => a.status === "published")) expect(a.publishedAt!.getTime()).toBeLessThan(today.getTime());
  });

  it("uses valid slugs, vocabularies and territories, national to departmental", () => {
    const all = [...articles, ...pages];
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
    for (const row of all) {
      expect(isValidSlug(row.slug), row.slug).toBe(true);
      for (const t of row.territory ?? []) expect(t).toMatch(TERRITORY_PATTERN);
      for (const a of row.audiences ?? []) expect(AUDIENCES).toContain(a);
    }
    for (const a of articles) for (const theme of a.themes ?? []) expect(NEWS_THEMES).toContain(theme);
    expect(new Set(articles.flatMap((a) => a.territory))).toEqual(new Set(["FR", "R76", "D31"]));
    // Fictitious local items say so in their title.
    for (const a of articles.filter((a) => !a.territory!.includes("FR"))) expect(a.title).toMatch(/démonstration/);
  });

  it("keeps its rich text through the sanitiser and links only to official sites or the portal", () => {
    for (const row of [...articles, ...pages]) {
      expect(row.body, row.slug).toMatch(/^<(p|h2)>/);
      for (const href of hrefs(row.body)) {
        if (href.startsWith("/")) continue;
        expect(new URL(href).origin, `${row.slug}: ${href}`).toMatch(OFFICIAL);
      }
    }
    expect(articles.some((a) => a.body!.includes("<h2>") && a.body!.includes("<ul>"))).toBe(true);
  });

  it("orders the Infos+ menu and keeps one page off it", () => {
    const positions = pages.map((p) => p.menuPosition).filter((p) => p !== null);
    expect(new Set(positions).size).toBe(positions.length);
    expect(pages.filter((p) => p.menuPosition === null)).toHaveLength(1);
    expect(pages.map((p) => p.title)).toEqual(
      expect.arrayContaining(["Financer sa formation quand on est salarié", "Trouver une alternance", "Se réorienter", "Faire valider son expérience (VAE)"]),
    );
  });
});
