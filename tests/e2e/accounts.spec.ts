import { expect, type Page } from "@playwright/test";
import { linkIn, readLatestEmail, signInAs, signInWith } from "./auth";
import { test } from "./fixtures";

function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

const PASSWORD = "Mon-nouveau-compte-2026";

const passwordForm = (page: Page) => page.getByRole("region", { name: "Avec votre mot de passe" });

async function signUp(page: Page, name: string, email: string) {
  await page.goto("/inscription");
  await page.getByLabel("Prénom et nom").fill(name);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByLabel("Confirmation du mot de passe").fill(PASSWORD);
  await page.getByLabel(/J'accepte les conditions d'utilisation/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre messagerie")).toBeVisible();
}

test.describe("accounts", () => {
  test("sign up, confirm the address from the outbox, save a training and find it in the personal space", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniqueEmail("inscription");
    await signUp(page, "Lina Durand", email);

    // Not confirmed yet: the password is right but the account is not active.
    await page.goto("/connexion");
    await passwordForm(page).getByLabel("Adresse électronique").fill(email);
    await passwordForm(page).getByLabel(/^Mot de passe/).fill(PASSWORD);
    await passwordForm(page).getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText(/n'est pas encore confirmée/)).toBeVisible();

    const mail = await readLatestEmail(browser, baseURL!, email);
    await page.goto(linkIn(mail, "/verifier-adresse"));
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(page.getByText("Votre adresse est confirmée")).toBeVisible();

    await passwordForm(page).getByLabel("Adresse électronique").fill(email);
    await passwordForm(page).getByLabel(/^Mot de passe/).fill(PASSWORD);
    await passwordForm(page).getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/espace$/);

    await page.goto("/formations");
    const firstCard = page.getByRole("main").getByRole("article").first();
    const title = (await firstCard.getByRole("heading").first().innerText()).trim();
    await firstCard.getByRole("button", { name: /Sauvegarder/ }).click();
    await expect(firstCard.getByRole("button", { name: /Retirer|Sauvegardé/ })).toBeVisible();
    // The button turns at once; leaving the page before the server action answers would cancel it.
    await page.waitForLoadState("networkidle");

    await page.goto("/espace/favoris");
    await expect(page.getByRole("main").getByText(title).first()).toBeVisible();

    // Saved items survive signing out and in again.
    await page.context().clearCookies();
    await signInWith(page.request, email, PASSWORD);
    await page.goto("/espace/favoris");
    await expect(page.getByRole("main").getByText(title).first()).toBeVisible();
  });

  test("a wrong password gets a generic message that does not reveal whether the account exists", async ({ page }) => {
    await page.goto("/connexion");
    const form = page.getByRole("region", { name: "Avec votre mot de passe" });
    await form.getByLabel("Adresse électronique").fill(uniqueEmail("inconnu"));
    await form.getByLabel(/^Mot de passe/).fill("Pas-le-bon-2026");
    await form.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  });

  test("password reset by email link", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("oubli");
    await signUp(page, "Paul Oubli", email);

    await page.goto("/mot-de-passe-oublie");
    await page.getByLabel("Adresse électronique du compte").fill(email);
    await page.getByRole("button", { name: "Recevoir un lien de réinitialisation" }).click();
    await expect(page.getByText("Demande enregistrée")).toBeVisible();

    const mail = await readLatestEmail(browser, baseURL!, email);
    await page.goto(linkIn(mail, "/reinitialiser-mot-de-passe"));
    const next = "Tout-neuf-secret-2026";
    await page.getByRole("textbox", { name: /^Nouveau mot de passe/ }).fill(next);
    await page.getByLabel("Confirmation du nouveau mot de passe").fill(next);
    await page.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
    await expect(page.getByText("Mot de passe modifié")).toBeVisible();

    // Following the link proved the address: the new password signs in.
    await signInWith(page.request, email, next);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/espace$/);
  });

  test("data export and account deletion", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("rgpd");
    await signUp(page, "Rita Gépédé", email);
    const mail = await readLatestEmail(browser, baseURL!, email);
    await page.goto(linkIn(mail, "/verifier-adresse"));
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(page.getByText("Votre adresse est confirmée")).toBeVisible();
    await signInWith(page.request, email, PASSWORD);

    const exported = await page.request.get("/espace/compte/export");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-disposition"]).toContain("attachment");
    const data = (await exported.json()) as { account: { email: string }; consents: unknown[] };
    expect(data.account.email).toBe(email);
    expect(data.consents).toHaveLength(2);

    await page.goto("/espace/compte");
    await page.getByLabel("Pour confirmer, saisissez SUPPRIMER").fill("SUPPRIMER");
    await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(page.getByText("Votre compte et vos données personnelles ont été supprimés.")).toBeVisible();

    // Signed out and erased: the export is out of reach (the proxy sends to the sign-in page).
    const again = await page.request.get("/espace/compte/export", { maxRedirects: 0 });
    expect([302, 307]).toContain(again.status());
    expect(again.headers().location ?? "").toContain("/connexion");
  });

  test("sign in without a password, by an emailed link", async ({ page, browser, baseURL }) => {
    await page.goto("/connexion?retour=%2Fespace%2Fcompte");
    const form = page.getByRole("region", { name: /par un lien/ });
    await form.getByLabel("Adresse électronique").fill("alumni@e2e.test");
    await form.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Consultez votre messagerie" })).toBeVisible();
    const mail = await readLatestEmail(browser, baseURL!, "alumni@e2e.test");
    await page.goto(linkIn(mail, "/api/auth/callback/email"));
    await expect(page).toHaveURL(/\/espace\/compte$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  });

  test("sign out closes the session", async ({ page }) => {
    await signInAs(page, "visitor");
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/espace$/);
    const menu = page.getByRole("navigation", { name: "Votre compte" });
    if (!(await menu.first().isVisible())) await page.getByText("Menu").click();
    await page.getByRole("button", { name: "Se déconnecter" }).filter({ visible: true }).first().click();
    await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fespace/);
  });
});
