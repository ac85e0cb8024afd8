import { expect, test } from "./fixtures";

test("a job seeker goes from the home page to the Region-funded trainings", async ({ page, visit }) => {
  await visit("/");
  const profiles = page.getByRole("region", { name: "Vous êtes…" });
  await expect(profiles.getByRole("link")).toHaveCount(7);
  await profiles.getByRole("link", { name: "Demandeur d'emploi" }).click();

  await expect(page).toHaveURL(/\/profils\/demandeur-emploi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes demandeur d'emploi");
  const link = page.getByRole("link", { name: "Formations financées par la Région" });
  await expect(link.locator("xpath=ancestor::article")).toContainText(/\d+ résultats?/);
  await link.click();

  await expect(page).toHaveURL(/\/formations\?financement=region$/);
  // On small screens the filters sit in a closed disclosure: the box is ticked all the same.
  await expect(page.getByRole("checkbox", { name: /Financé par la Région/, includeHidden: true })).toBeChecked();
});

test("an unknown profile gives the French 404", async ({ visit, page }) => {
  const response = await visit("/profils/astronaute");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/introuvable|n'existe pas/i);
});
