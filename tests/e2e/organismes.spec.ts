import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const results = (page: Page) => page.getByRole("region", { name: "Résultats" });

/** The first result card announcing at least one active training. */
async function firstOrganisationWithTrainings(page: Page): Promise<Locator> {
  const card = results(page).getByRole("article").filter({ hasText: /[1-9]\d* formations? actives?/ }).first();
  await expect(card).toBeVisible();
  return card;
}

test.describe("organisation search", () => {
  test("lists organisations with their city and number of trainings, and finds one by name", async ({ page, visit }) => {
    const response = await visit("/organismes");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organismes de formation");
    await expect(results(page).getByRole("status")).toContainText(/\d+ organismes?/);

    const card = await firstOrganisationWithTrainings(page);
    const name = (await card.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "";
    expect(name).not.toBe("");

    const field = page.getByRole("searchbox", { name: "Nom, ville ou SIRET" });
    await field.fill(name);
    await field.press("Enter");
    await expect(page).toHaveURL(/\/organismes\?q=/);
    await expect(results(page).getByRole("heading", { level: 3, name, exact: true }).first()).toBeVisible();
  });

  test("filters by department", async ({ page, visit }) => {
    await visit("/organismes");
    const departments = page.getByRole("group", { name: "Département" });
    const option = departments.getByRole("checkbox").first();
    // On small screens the filters fold into a disclosure.
    if (!(await option.isVisible())) await page.getByText("Filtres", { exact: true }).click();
    const value = await option.getAttribute("value");
    await option.check();
    await expect(page).toHaveURL(new RegExp(`dep=${value}`));
    await expect(page.getByTestId("active-filters")).toBeVisible();
  });
});

test.describe("organisation page", () => {
  test("shows the organisation's identity and lists its trainings", async ({ page, visit }) => {
    await visit("/organismes");
    const card = await firstOrganisationWithTrainings(page);
    const name = (await card.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "";
    await card.getByRole("link").click();
    await expect(page).toHaveURL(/\/organismes\/\d+$/);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: "Organismes" })).toHaveAttribute(
      "href",
      "/organismes",
    );
    const siret = page.getByRole("region", { name: "Identité" }).getByRole("definition").filter({ hasText: /^\d{3} \d{3} \d{3} \d{5}$/ });
    if ((await siret.count()) > 0) await expect(siret.first()).toBeVisible();

    const offer = page.getByRole("region", { name: "Offre de formation en cours" });
    const trainings = offer.getByRole("link");
    expect(await trainings.count()).toBeGreaterThan(0);
    await expect(trainings.first()).toHaveAttribute("href", /^\/formations\/\d+$/);
    await expect(page.getByRole("region", { name: "Lieux de formation" })).toBeVisible();

    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "EducationalOrganization", name });
  });

  for (const id of ["999999999", "abc", "12abc", "0"]) {
    test(`an unknown or malformed id (${id}) answers the French 404`, async ({ page, visit }) => {
      const response = await visit(`/organismes/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    });
  }
});
