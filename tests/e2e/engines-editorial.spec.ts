import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const results = (page: Page) => page.getByRole("region", { name: "Résultats" });

/** The number at the start of the results summary ("43 évènements"). */
async function resultTotal(page: Page): Promise<number> {
  const text = (await results(page).getByRole("status").textContent()) ?? "";
  return Number(text.replace(/\s/g, "").match(/^\d+/)?.[0] ?? Number.NaN);
}

/** Ticks the first option of a filter group, opening the small-screen disclosure when needed. */
async function tickFirst(page: Page, group: string): Promise<string> {
  const option = page.getByRole("group", { name: group }).getByRole("checkbox").first();
  if (!(await option.isVisible())) await page.getByText("Filtres", { exact: true }).click();
  const value = (await option.getAttribute("value")) ?? "";
  await option.check();
  return value;
}

/** Applies a filter and checks the URL carries it and the list got shorter (or stayed non-empty). */
async function narrowBy(page: Page, group: string, param: string) {
  const before = await resultTotal(page);
  const value = await tickFirst(page, group);
  await expect(page).toHaveURL(new RegExp(`[?&]${param}=${encodeURIComponent(value)}`));
  await expect(page.getByTestId("active-filters")).toBeVisible();
  await expect.poll(() => resultTotal(page)).toBeLessThan(before);
  expect(await resultTotal(page)).toBeGreaterThan(0);
}

async function openFirstResult(page: Page, path: RegExp): Promise<string> {
  const heading = results(page).getByRole("article").first().getByRole("heading", { level: 3 });
  const title = (await heading.textContent())?.trim() ?? "";
  await heading.getByRole("link").click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return title;
}

async function jsonLdType(page: Page): Promise<string> {
  const text = await page.locator('script[type="application/ld+json"]').first().textContent();
  return (JSON.parse(text ?? "{}") as { "@type"?: string })["@type"] ?? "";
}

async function expectFrench404(page: Page, path: string, visit: (path: string) => Promise<unknown>) {
  const response = (await visit(path)) as { status(): number } | null;
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
}

test.describe("agenda (/evenements)", () => {
  test("lists upcoming events soonest first and narrows them by type", async ({ page, visit }) => {
    const response = await visit("/evenements");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda des évènements");
    expect(await resultTotal(page)).toBeGreaterThan(10);
    await expect(results(page).getByRole("article").first()).toContainText(/\d{4}, de \d+/);
    await narrowBy(page, "Type d'évènement", "type");
    // The calendar view keeps the filter (and gets its own axe scan).
    const views = page.getByRole("navigation", { name: "Affichage des évènements" });
    await views.getByRole("link", { name: "Calendrier" }).click();
    await expect(page).toHaveURL(/[?&]vue=calendrier.*[?&]type=/);
    await expect(views.getByRole("link", { name: "Calendrier" })).toHaveAttribute("aria-current", "page");
  });

  test("opens an event with its date, place, registration and structured data", async ({ page, visit }) => {
    await visit("/evenements?format=sur-place");
    await openFirstResult(page, /\/evenements\/[a-z0-9-]+$/);
    const facts = page.getByRole("region", { name: "Infos pratiques" });
    await expect(facts.getByText("Date et horaires")).toBeVisible();
    await expect(facts.getByRole("link", { name: /OpenStreetMap/ })).toHaveAttribute("href", /openstreetmap\.org/);
    expect(await jsonLdType(page)).toBe("Event");
    await expect(page.getByRole("link", { name: /Ajouter à mon agenda/ })).toHaveAttribute("href", /\/evenements\/[a-z0-9-]+\/ical$/);
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: "Évènements" })).toHaveAttribute(
      "href",
      "/evenements",
    );
  });

  test("an empty calendar month points to the next month with events", async ({ page, visit }) => {
    // Years before the demo agenda: nothing that month, and the next month with events is named.
    await visit("/evenements?vue=calendrier&mois=2020-01");
    await expect(page.getByText("Aucun évènement ne correspond à votre recherche en janvier 2020.")).toBeVisible();
    const next = page.getByRole("link", { name: /^Voir \p{L}+ \d{4}$/u });
    await expect(page.getByText(/Le prochain évènement correspondant a lieu en/)).toBeVisible();
    await next.click();
    await expect(page).toHaveURL(/[?&]mois=\d{4}-\d{2}/);
    await expect(page).not.toHaveURL(/mois=2020-01/);
    await expect(page.getByText(/Aucun évènement ne correspond/)).toHaveCount(0);
  });

  test("an unknown event answers the French 404", async ({ page, visit }) => {
    await expectFrench404(page, "/evenements/evenement-inconnu", visit);
  });
});

test.describe("support structures (/structures)", () => {
  test("lists structures and narrows them by type", async ({ page, visit }) => {
    await visit("/structures");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se faire accompagner");
    expect(await resultTotal(page)).toBeGreaterThan(20);
    await narrowBy(page, "Type de structure", "type");
  });

  test("opens a structure with its contacts, labelled as demo data", async ({ page, visit }) => {
    await visit("/structures?q=mission+locale");
    await openFirstResult(page, /\/structures\/[a-z0-9-]+$/);
    const contact = page.getByRole("region", { name: "Coordonnées" });
    await expect(contact.getByRole("link", { name: /^0\d( \d\d){4}$/ })).toHaveAttribute("href", /^tel:0\d{9}$/);
    await expect(contact.getByText("Horaires d'ouverture")).toBeVisible();
    await expect(page.getByRole("note")).toContainText("Fiche de démonstration");
    expect(await jsonLdType(page)).toBe("Organization");
  });

  test("an unknown structure answers the French 404", async ({ page, visit }) => {
    await expectFrench404(page, "/structures/Structure_Inconnue", visit);
  });
});

test.describe("financing (/financements)", () => {
  test("lists schemes and narrows them by kind", async ({ page, visit }) => {
    await visit("/financements");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Financer sa formation");
    expect(await resultTotal(page)).toBeGreaterThan(20);
    await narrowBy(page, "Type de dispositif", "type");
  });

  test("opens a scheme with its conditions and source", async ({ page, visit }) => {
    await visit("/financements?q=CPF");
    await openFirstResult(page, /\/financements\/[a-z0-9-]+$/);
    await expect(page.getByRole("region", { name: "L'essentiel" })).toBeVisible();
    await expect(page.getByText(/référentiel des dispositifs de l'outil Trèfle/)).toBeVisible();
    expect(await jsonLdType(page)).toBe("Service");
  });

  test("an unknown scheme answers the French 404", async ({ page, visit }) => {
    await expectFrench404(page, "/financements/dispositif-inconnu", visit);
  });
});

test.describe("resources (/ressources)", () => {
  test("links each card to the external site, said so, and narrows by theme", async ({ page, visit }) => {
    await visit("/ressources");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ressources utiles");
    const link = results(page).getByRole("article").first().getByRole("heading", { level: 3 }).getByRole("link");
    await expect(link).toHaveAttribute("href", /^https:\/\//);
    await expect(link).toHaveAttribute("rel", /noopener/);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toContainText("(site externe, nouvelle fenêtre)");
    await narrowBy(page, "Thème", "theme");
  });

  test("a resource has its own page, reached from the central search", async ({ page, visit }) => {
    await visit("/recherche?q=onisep");
    const section = page.getByRole("region", { name: /Ressources/ });
    await section.getByRole("link", { name: "ONISEP", exact: true }).click();
    await expect(page).toHaveURL(/\/ressources\/onisep$/);
    await expect(page.getByRole("link", { name: /Accéder au site onisep\.fr/ })).toHaveAttribute("href", "https://www.onisep.fr/");
    await expectFrench404(page, "/ressources/ressource-inconnue", visit);
  });
});

test.describe("news and Infos+ (/actualites, /infos)", () => {
  test("the news list, an article, the Infos+ menu and a page (each scanned by axe)", async ({ page, visit }) => {
    await visit("/actualites");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actualités");
    await expect(page.getByRole("link", { name: "Flux RSS des actualités" })).toHaveAttribute("href", "/actualites/rss.xml");
    expect(await resultTotal(page)).toBeGreaterThan(3);

    await visit("/actualites/cpf-ce-qui-change-avec-la-participation-forfaitaire");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Compte personnel de formation");
    expect(await jsonLdType(page)).toBe("NewsArticle");

    await visit("/infos?profil=salarie");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Infos+");
    await page.getByRole("link", { name: "Faire valider son expérience (VAE)" }).click();
    await expect(page).toHaveURL(/\/infos\/faire-valider-son-experience-vae$/);
    await expect(page.getByRole("navigation", { name: "Dans Infos+" }).getByRole("link", { name: "Se réorienter" })).toBeVisible();

    await expectFrench404(page, "/actualites/demo-brouillon-bilan-des-formations-financees", visit);
  });
});
