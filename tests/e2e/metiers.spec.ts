import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const results = (page: Page) => page.getByRole("region", { name: "Résultats" });

async function searchTrades(page: Page, query: string) {
  const field = page.getByRole("searchbox", { name: "Métier, appellation ou code ROME" });
  await field.fill(query);
  await field.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/metiers\\?q=${encodeURIComponent(query).replace(/%20/g, "(\\+|%20)")}`));
}

async function expectOneHeadingOutline(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const levels = await page
    .getByRole("main")
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
}

test.describe("trade search", () => {
  test("opens on the 14 great domains and browses one by its domains", async ({ page, visit }) => {
    const response = await visit("/metiers");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Métiers \|/);
    const domains = page.getByRole("region", { name: "Parcourir les métiers par grand domaine" });
    await expect(domains.getByRole("link")).toHaveCount(14);
    await domains.getByRole("link", { name: /^Industrie/ }).click();
    await expect(page).toHaveURL(/\/metiers\?grand_domaine=H$/);
    await expect(results(page).getByRole("status")).toContainText(/\d+ métiers/);
    await expect(results(page).getByRole("article").first()).toBeVisible();

    // Its professional domains narrow the list further.
    const domainLinks = page.getByRole("navigation", { name: /Les domaines professionnels/ }).getByRole("link");
    await domainLinks.first().click();
    await expect(page).toHaveURL(/grand_domaine=H&domaine=H\d\d/);
    await expectOneHeadingOutline(page);
  });

  test("finds a trade from a job title typed with a typo", async ({ page, visit }) => {
    await visit("/metiers");
    await searchTrades(page, "patisier");
    const first = results(page).getByRole("article").first();
    await expect(first.getByRole("heading", { level: 3 })).toHaveText("Pâtissier / Pâtissière");
    await expect(first.getByRole("link")).toHaveAttribute("href", "/metiers/D1104");
  });

  test("finds the fiche of a job title that is not a fiche title, and names it", async ({ page, visit }) => {
    await visit("/metiers?q=chef+de+rang");
    const first = results(page).getByRole("article").first();
    await expect(first.getByRole("heading", { level: 3 })).toHaveText("Maître / Maîtresse d'hôtel");
    await expect(first).toContainText("Chef / Cheffe de rang");
  });

  test("puts the trade of a ROME code first", async ({ page, visit }) => {
    await visit("/metiers");
    await searchTrades(page, "M1805");
    const first = results(page).getByRole("article").first();
    await expect(first.getByRole("link")).toHaveAttribute("href", "/metiers/M1805");
    await expect(first).toContainText("Code ROME M1805");
    await first.getByRole("link").click();
    await expect(page).toHaveURL(/\/metiers\/M1805$/);
  });

  test("an unknown word leads to other paths, not a dead end", async ({ page, visit }) => {
    await visit("/metiers?q=zzqxwv");
    const empty = page.getByTestId("empty-results");
    await expect(empty.getByRole("heading", { name: "Aucun résultat pour « zzqxwv »" })).toBeVisible();
    await expect(empty.getByRole("link", { name: /Chercher « zzqxwv » dans tout le site/ })).toHaveAttribute(
      "href",
      "/recherche?q=zzqxwv",
    );
  });
});

test.describe("trade page", () => {
  test("shows the fiche: domains, salary not published, job titles, skills and related trades", async ({ page, visit }) => {
    const response = await visit("/metiers/M1805");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Développeur / Développeuse informatique");
    await expect(page).toHaveTitle(/Développeur \/ Développeuse informatique \(M1805\)/);
    await expectOneHeadingOutline(page);

    const facts = page.getByRole("region", { name: "En bref" });
    await expect(facts.getByRole("definition").filter({ hasText: "non diffusable" })).toBeVisible();
    await expect(facts).not.toContainText("0 €");
    await expect(facts.getByRole("link", { name: "Support à l'entreprise" })).toHaveAttribute(
      "href",
      "/metiers?grand_domaine=M",
    );

    // The job titles sit in a folded list with a filter.
    const titles = page.getByRole("region", { name: "Appellations du métier" });
    await titles.getByText(/^Afficher les \d+ appellations$/).click();
    await expect(titles.getByRole("listitem").filter({ hasText: /^Développeur \/ Développeuse web$/ })).toBeVisible();
    const filter = titles.getByRole("searchbox", { name: "Filtrer les appellations" });
    await filter.fill("integrateur");
    await expect(titles.getByRole("status")).toContainText(/appellations? sur \d+/);
    const shown = titles.locator("ul").first().getByRole("listitem");
    expect(await shown.count()).toBeGreaterThan(0);
    for (const text of await shown.allTextContents()) {
      expect(text.normalize("NFD").replace(/\p{Diacritic}/gu, "")).toMatch(/integrat/i);
    }

    await expect(page.getByRole("region", { name: "Compétences" }).getByRole("heading", { name: "Savoir-faire" })).toBeVisible();

    const related = page.getByRole("region", { name: "Métiers proches" }).getByRole("link");
    expect(await related.count()).toBeGreaterThan(0);
    const target = await related.first().getAttribute("href");
    expect(target).toMatch(/^\/metiers\/[A-N]\d{4}$/);
    await related.first().click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Développeur / Développeuse informatique");
  });

  test("describes the trade as a schema.org Occupation, without an invented salary", async ({ page, visit }) => {
    await visit("/metiers/M1805");
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const data = JSON.parse(jsonLd ?? "{}") as Record<string, unknown>;
    expect(data).toMatchObject({ "@type": "Occupation", name: "Développeur / Développeuse informatique" });
    expect(data).not.toHaveProperty("estimatedSalary");
  });

  test("a sub-trade code shows its fiche and names the sub-trade", async ({ page, visit }) => {
    await visit("/metiers/M1813");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Développeur / Développeuse informatique");
    await expect(page.getByRole("main")).toContainText("(code ROME M1813) fait partie de cette fiche");
  });

  test("a lower-case code redirects to the canonical address", async ({ page, visit }) => {
    await visit("/metiers/m1805");
    await expect(page).toHaveURL(/\/metiers\/M1805$/);
  });

  for (const code of ["Z9999", "not-a-code", "M18055"]) {
    test(`an unknown or malformed code (${code}) answers the French 404`, async ({ page, visit }) => {
      const response = await visit(`/metiers/${code}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    });
  }
});
