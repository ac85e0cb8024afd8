import { randomBytes } from "node:crypto";
import { signInAs } from "./auth";
import { expect, test } from "./fixtures";

// The e2e data directory outlives local runs: each run publishes under titles of its own.
const run = randomBytes(3).toString("hex");

/** A `datetime-local` value `days` from now at `hour` o'clock (days ahead: the runner's zone does not matter). */
function dateTimeIn(days: number, hour: number): string {
  const at = new Date(Date.now() + days * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(hour)}:00`;
}

test("an editor writes a news article with rich text, publishes it, and visitors read it", async ({ page, visit }) => {
  await signInAs(page, "editor");
  const title = `Ouverture des inscriptions e2e ${run}`;
  await visit("/admin/contenus/actualites/nouveau");
  await expect(page.getByRole("heading", { level: 1, name: "Créer une actualité" })).toBeVisible();

  await page.getByRole("textbox", { name: "Titre (obligatoire)" }).fill(title);
  await page.getByRole("textbox", { name: "Résumé" }).fill("Les inscriptions aux formations du printemps sont ouvertes.");
  const body = page.getByRole("textbox", { name: "Texte" });
  await body.click();
  await page.keyboard.type("Inscrivez-vous avant le ");
  await page.getByRole("button", { name: "Gras" }).click();
  await page.keyboard.type("15 janvier");
  await page.getByRole("checkbox", { name: "Formation", exact: true }).check();
  await page.getByRole("checkbox", { name: "Salarié", exact: true }).check();

  await page.getByRole("button", { name: "Enregistrer et publier" }).click();
  // The new record's page, with or without the "just created" marker in its query string.
  await page.waitForURL(/\/admin\/contenus\/actualites\/\d+(\?cree=1)?$/);
  await expect(page.getByText("Publié", { exact: true }).first()).toBeVisible();

  // The public list, then the article with its formatting.
  await visit("/actualites");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main").locator("strong", { hasText: "15 janvier" })).toBeVisible();
});

test("an editor schedules an event, then publishes it: it joins the agenda with its calendar file", async ({ page, visit }) => {
  await signInAs(page, "editor");
  const title = `Forum des métiers du numérique e2e ${run}`;
  await visit("/admin/contenus/agenda/nouveau");
  await page.getByRole("textbox", { name: "Titre (obligatoire)" }).fill(title);
  await page.getByRole("combobox", { name: /Type d'événement/ }).selectOption("salon-forum");
  await page.getByLabel(/^Début/).fill(dateTimeIn(20, 9));
  await page.getByLabel(/^Fin/).fill(dateTimeIn(20, 17));
  await page.getByRole("textbox", { name: "Code postal" }).fill("31000");
  await page.getByRole("textbox", { name: /^Commune/ }).fill("Toulouse");

  // Scheduled for tomorrow: saved, not public yet.
  await page.getByRole("radio", { name: /Programmé/ }).check();
  await page.getByLabel(/Date et heure de publication/).fill(dateTimeIn(1, 8));
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.waitForURL(/\/admin\/contenus\/agenda\/\d+(\?cree=1)?$/);
  await expect(page.getByText(/Programmé le/).first()).toBeVisible();
  // The "just created" marker leaves the address once the confirmation is shown, for good.
  await expect(page).toHaveURL(/\/admin\/contenus\/agenda\/\d+$/);
  const adminUrl = new URL(page.url()).pathname;
  const slugOf = await page.getByRole("textbox", { name: "Adresse de la page" }).inputValue();
  expect((await page.request.get(`/evenements/${slugOf}`)).status()).toBe(404);

  // Published now after all.
  await page.getByRole("radio", { name: /^Publié/ }).check();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  // The confirmation, not the "Publié" radio label: it appears once the server has answered.
  await expect(page.getByText(/Le contenu est publié et visible de tous/)).toBeVisible();
  expect(page.url()).toBe(new URL(adminUrl, page.url()).href);

  await visit(`/evenements?q=${encodeURIComponent(`forum numérique ${run}`)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const ical = await page.request.get(`/evenements/${slugOf}/ical`);
  expect(ical.headers()["content-type"]).toContain("text/calendar");
  expect(await ical.text()).toContain("BEGIN:VEVENT");

  // The history names both saves, newest first.
  await visit(`${adminUrl}/historique`);
  const operations = page.getByRole("main").getByRole("table").getByRole("row");
  await expect(operations.nth(1).getByRole("cell", { name: "Publication", exact: true })).toBeVisible();
  await expect(operations.nth(2).getByRole("cell", { name: "Création", exact: true })).toBeVisible();
});
