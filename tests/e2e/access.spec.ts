import { expect } from "@playwright/test";
import type { E2EAccount } from "./accounts";
import { signInAs } from "./auth";
import { test } from "./fixtures";

/**
 * Who may open which protected page. Anonymous visitors are sent to the sign-in page; signed-in
 * users without the right get the 403 page. Written out here, independently of lib/auth, so a
 * change of rights has to be made on purpose in both places.
 */
const PAGES: { path: string; allowed: E2EAccount[] }[] = [
  { path: "/espace", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/espace/favoris", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/espace/compte", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/admin", allowed: ["editor", "contentManager", "admin"] },
  { path: "/admin/imports", allowed: ["contentManager", "admin"] },
  { path: "/admin/imports/televerser", allowed: ["contentManager", "admin"] },
  { path: "/admin/utilisateurs", allowed: ["admin"] },
  { path: "/admin/courriels", allowed: ["admin"] },
  { path: "/admin/journal", allowed: ["admin"] },
  { path: "/admin/effacements", allowed: ["admin"] },
];

const ACCOUNTS: E2EAccount[] = ["visitor", "editor", "contentManager", "admin", "alumni"];

test.describe("refused access", () => {
  test("anonymous visitors are sent to the sign-in page, then back", async ({ page }) => {
    for (const { path } of PAGES) {
      await page.goto(path);
      await expect(page, path).toHaveURL(new RegExp(`/connexion\\?retour=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    }
    await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
  });

  for (const account of ACCOUNTS) {
    test(`${account}: each protected page is open or refused as the rights say`, async ({ page }) => {
      await signInAs(page, account);
      for (const { path, allowed } of PAGES) {
        const response = await page.goto(path);
        if (allowed.includes(account)) {
          expect(response?.status(), `${account} on ${path}`).toBe(200);
          await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toHaveCount(0);
        } else {
          expect(response?.status(), `${account} on ${path}`).toBe(403);
          await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
        }
      }
    });
  }
});
