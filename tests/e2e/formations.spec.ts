import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A misspelling of a trade the demo catalogue always holds ("cuisine"): the engines must forgive it.
const TYPO = "cuisinne";

/** On small screens the filters sit in a closed disclosure: open it first. */
async function openFilters(page: Page) {
  const summary = page.locator("summary", { hasText: "Filtres" });
  if (await summary.isVisible()) {
    const details = summary.locator("xpath=..");
    if ((await details.getAttribute("open")) === null) await summary.click();
  }
}

test.describe("training search", () => {
  test("from the home page to a training and back, keeping the filters", async ({ page, visit }) => {
    await visit("/");
    const hero = page.getByRole("search", { name: "Recherche dans le catalogue" });
    await hero.getByRole("searchbox").fill(TYPO);
    await hero.getByRole("button", { name: "Rechercher" }).click();

    await expect(page).toHaveURL(new RegExp(`/recherche\\?q=${TYPO}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Résultats pour « ${TYPO} »`);
    const formations = page.getByRole("region", { name: /^Formations/ });
    await expect(formations.getByRole("article").first()).toBeVisible();
    await formations.getByRole("link", { name: /^Voir (les \d+ formations|le résultat)/ }).click();

    await expect(page).toHaveURL(new RegExp(`/formations\\?q=${TYPO}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver une formation");
    const status = page.getByRole("status").filter({ hasText: /formations? pour/ });
    await expect(status).toContainText(`pour « ${TYPO} »`);
    const before = Number((await status.locator("strong").textContent())?.replace(/\D/g, ""));
    expect(before).toBeGreaterThan(0);

    // Apply the first exit level offered: the results update in place and the URL records it.
    await openFilters(page);
    const levels = page.getByRole("group", { name: "Niveau de sortie" });
    const level = levels.getByRole("checkbox").first();
    await level.check();
    await expect(page).toHaveURL(/niveau_sortie=\d/);
    const filtered = page.url();
    await expect(page.getByRole("link", { name: /^Retirer le filtre : Niveau de sortie/ })).toBeVisible();

    const first = page.getByRole("main").getByRole("article").first().getByRole("link");
    const title = (await first.textContent())?.trim() ?? "";
    await first.click();
    await expect(page).toHaveURL(/\/formations\/\d+\?retour=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { level: 2, name: "Sessions et lieux" })).toBeVisible();

    // The page's own link back, then the browser's: both land on the filtered results.
    await page.getByRole("link", { name: "Retour aux résultats" }).click();
    await expect(page).toHaveURL(filtered);
    await openFilters(page);
    await expect(page.getByRole("group", { name: "Niveau de sortie" }).getByRole("checkbox", { checked: true })).toHaveCount(1);

    await page.getByRole("main").getByRole("article").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/formations\/\d+/);
    await page.goBack();
    await expect(page).toHaveURL(filtered);
    await expect(page.getByRole("link", { name: /^Retirer le filtre : Niveau de sortie/ })).toBeVisible();
  });

  test("removing a filter chip restores the wider results", async ({ page, visit }) => {
    await visit(`/formations?q=${TYPO}&modalite=distance&modalite=presentiel`);
    const chip = page.getByRole("link", { name: "Retirer le filtre : Modalité : À distance" });
    await chip.click();
    await expect(page).toHaveURL(new RegExp(`/formations\\?q=${TYPO}&modalite=presentiel$`));
    await page.getByRole("link", { name: "Tout effacer" }).click();
    await expect(page).toHaveURL(new RegExp(`/formations\\?q=${TYPO}$`));
  });

  test("a search without results always offers a way forward", async ({ page, visit }) => {
    await visit("/formations?q=zyxwvutsrq&modalite=distance");
    const empty = page.getByTestId("empty-results");
    await expect(empty.getByRole("heading", { name: "Aucun résultat pour « zyxwvutsrq »" })).toBeVisible();
    await expect(empty.getByRole("link", { name: /^Sans le filtre « Modalité : À distance »/ })).toHaveAttribute(
      "href",
      "/formations?q=zyxwvutsrq",
    );
    await expect(empty.getByRole("link", { name: "Chercher « zyxwvutsrq » dans tout le site" })).toHaveAttribute(
      "href",
      "/recherche?q=zyxwvutsrq",
    );
  });

  test("tolerates hand-edited URLs", async ({ page, visit }) => {
    const response = await visit(`/formations?q=${TYPO}&page=abc&rayon=999&niveau_sortie=42&debut=hier`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: /formations? pour/ })).toBeVisible();
  });
});

test.describe("training search without JavaScript", () => {
  // Its own context, not test.use(): axe needs script to run, and this page has none.
  test("filters as a plain GET form, the disclosure opening natively", async ({ browser, baseURL }, testInfo) => {
    const { viewport, isMobile, hasTouch } = testInfo.project.use;
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport, isMobile, hasTouch });
    const page = await context.newPage();
    await page.goto(`/formations?q=${TYPO}`);
    await openFilters(page);
    await page.getByRole("group", { name: "Niveau de sortie" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/niveau_sortie=\d/);
    await expect(page.getByRole("link", { name: /^Retirer le filtre : Niveau de sortie/ })).toBeVisible();
    await context.close();
  });
});

test.describe("training page", () => {
  test("an unknown, non-numeric or withdrawn id gives the French 404", async ({ page, visit }) => {
    for (const path of ["/formations/99999999", "/formations/abc", "/formations/12abc", "/formations/-1"]) {
      const response = await visit(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    }
  });

  test("describes a training with its sessions, places and structured data", async ({ page, visit }) => {
    await visit(`/formations?q=${TYPO}`);
    await page.getByRole("main").getByRole("article").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: "L'essentiel" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Ouvrir dans OpenStreetMap/ }).first()).toHaveAttribute(
      "href",
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=/,
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("Course");
    expect(jsonLd.name).toBe((await page.getByRole("heading", { level: 1 }).textContent())?.trim());
    expect(jsonLd.provider?.["@type"]).toBe("Organization");
  });
});

test.describe("central search", () => {
  test("groups results by kind, each leading to its engine with the query", async ({ page, visit }) => {
    await visit("/recherche?q=cuisine");
    const groups = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(groups.filter({ hasText: /^Formations \(\d+\)$/ })).toBeVisible();
    await expect(groups.filter({ hasText: /^Métiers \(\d+\)$/ })).toBeVisible();
    const formations = page.getByRole("region", { name: /^Formations/ });
    expect(await formations.getByRole("article").count()).toBeLessThanOrEqual(3);
    await expect(formations.getByRole("link", { name: /^Voir les \d+ formations/ })).toHaveAttribute(
      "href",
      "/formations?q=cuisine",
    );
  });

  test("offers the corrected spelling of a misspelt trade", async ({ page, visit }) => {
    await visit("/recherche?q=patisier");
    const correction = page.getByRole("main").getByRole("link", { name: "pâtissier", exact: true });
    await expect(correction).toHaveAttribute("href", /\/recherche\?q=p%C3%A2tissier$/);
  });

  test("without a query, suggests searches and entry points", async ({ page, visit }) => {
    await visit("/recherche");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher sur le site");
    await expect(page.getByRole("link", { name: "Cuisine" })).toHaveAttribute("href", "/recherche?q=Cuisine");
    await expect(page.getByRole("link", { name: "Toutes les formations" })).toHaveAttribute("href", "/formations");
  });
});
