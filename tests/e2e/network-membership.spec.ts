import { expect } from "@playwright/test";
import { linkIn, readLatestEmail, signInAs, signInWith } from "./auth";
import { test } from "./fixtures";

const PASSWORD = "Reseau-alumni-e2e-2026";

test.describe("ways into the alumni network", () => {
  test("the footer leads visitors to the network's presentation, to apply or to sign in", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Réseau international des alumni" }).click();
    await expect(page).toHaveURL(/\/reseau$/);
    await expect(page.getByRole("heading", { level: 1, name: "Réseau international des alumni" })).toBeVisible();
    const join = page.getByRole("region", { name: "Rejoindre le réseau" });
    await expect(join.getByRole("link", { name: "Demander mon adhésion" })).toHaveAttribute("href", "/reseau/inscription");
    await expect(join.getByRole("link", { name: "Se connecter" })).toHaveAttribute("href", "/connexion?retour=%2Freseau");

    // A signed-in visitor is not refused either: the same page, to apply with their account.
    await signInAs(page, "visitor");
    const response = await page.goto("/reseau");
    expect(response?.status()).toBe(200);
    await expect(join.getByRole("link", { name: "Demander mon adhésion" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Réseau alumni", exact: true })).toHaveCount(0);
  });

  test("a network member finds the network in the header and in their personal space", async ({ page }) => {
    await signInAs(page, "alumni");
    await page.goto("/espace");
    await expect(page.getByRole("main").getByRole("link", { name: "Accéder au réseau des alumni" })).toHaveAttribute("href", "/reseau");
    await page.getByRole("navigation", { name: "Votre compte" }).getByRole("link", { name: "Réseau alumni", exact: true }).click();
    await expect(page).toHaveURL(/\/reseau$/);
    await expect(page.getByRole("heading", { level: 1, name: "Bienvenue dans le réseau, Ali Alumni" })).toBeVisible();
  });

  test("an unknown or unpublished network item answers 404 inside the network's own shell", async ({ page }) => {
    await signInAs(page, "alumni");
    const response = await page.goto("/reseau/actualites/999999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    // One header, one main landmark, one footer: not the portal's 404 page nested in the network's.
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("link", { name: "Accueil du réseau" })).toHaveAttribute("href", "/reseau");
  });
});

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
