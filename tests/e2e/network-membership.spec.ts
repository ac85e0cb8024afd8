import { expect } from "@playwright/test";
import { linkIn, readLatestEmail, signInAs, signInWith } from "./auth";
import { test } from "./fixtures";

const PASSWORD = "Reseau-alumni-e2e-2026";

test.describe("alumni network membership", () => {
  test("an alumni applies, is refused until a network administrator approves, then reaches the network", async ({ page, browser, baseURL }) => {
    const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const email = `alumni-${run}@e2e.test`;
    // A name of this run only: a retry must not pick an earlier run's request.
    const lastName = `Okafor ${run.slice(-6)}`;
    await page.goto("/reseau/inscription");
    await page.getByLabel("Ancien élève (alumni)").check();
    await page.getByLabel(/^Nom/).fill(lastName);
    await page.getByLabel(/^Prénom/).fill("Chidi");
    await page.getByLabel(/^Pays d'origine/).selectOption("NG");
    await page.getByLabel(/^Société/).fill("Lagos Aero Services");
    await page.getByLabel(/^Adresse électronique/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
    await page.getByLabel(/^Confirmation du mot de passe/).fill(PASSWORD);
    await page.getByLabel(/J'accepte les mentions légales/).check();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByText("Demande envoyée")).toBeVisible();

    await page.goto(linkIn(await readLatestEmail(browser, baseURL!, email), "/verifier-adresse"));
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(page.getByText("Votre adresse est confirmée")).toBeVisible();

    // Confirmed but not approved: the network stays closed and says why.
    await signInWith(page.request, email, PASSWORD);
    const refused = await page.goto("/reseau/profil");
    expect(refused?.status()).toBe(403);
    await expect(page.getByText(/en cours d'examen/)).toBeVisible();

    const admin = await browser.newContext({ baseURL });
    try {
      const adminPage = await admin.newPage();
      await signInAs(adminPage, "networkAdmin");
      await adminPage.goto("/reseau/admin/demandes");
      await adminPage.getByRole("link", { name: `Examiner la demande de Chidi ${lastName}` }).click();
      await adminPage.getByRole("button", { name: "Activer le profil" }).click();
      await expect(adminPage.getByText("Le profil est activé")).toBeVisible();
    } finally {
      await admin.close();
    }

    await page.goto("/reseau/profil");
    await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
    await expect(page.getByLabel("Société (obligatoire)", { exact: true })).toHaveValue("Lagos Aero Services");
  });
});
