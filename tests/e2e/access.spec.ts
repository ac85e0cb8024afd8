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
  { path: "/espace/recherches", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/espace/historique", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/espace/compte", allowed: ["visitor", "editor", "contentManager", "admin", "alumni"] },
  { path: "/admin", allowed: ["editor", "contentManager", "admin"] },
  { path: "/admin/imports", allowed: ["contentManager", "admin"] },
  { path: "/admin/imports/televerser", allowed: ["contentManager", "admin"] },
  { path: "/admin/contenus", allowed: ["editor", "admin"] },
  { path: "/admin/contenus/actualites", allowed: ["editor", "admin"] },
  { path: "/admin/utilisateurs", allowed: ["admin"] },
  { path: "/admin/courriels", allowed: ["admin"] },
  { path: "/admin/journal", allowed: ["admin"] },
  { path: "/admin/effacements", allowed: ["admin"] },
  { path: "/admin/cles-api", allowed: ["admin"] },
  // Not /reseau: it shows the network's presentation to those outside it (network-membership.spec.ts).
  { path: "/reseau/annuaire", allowed: ["alumni", "organisationMember", "networkAdmin"] },
  { path: "/reseau/admin/talents", allowed: ["networkAdmin"] },
];

const ACCOUNTS: E2EAccount[] = ["visitor", "editor", "contentManager", "admin", "alumni"];

/** The visitor's run shows the personal space and the 403 page, the administrator's every page: only they are scanned by axe. */
const SCANNED: E2EAccount[] = ["visitor", "admin"];

/** The portal's 403 page, or the network area's own (app/(network)/reseau/forbidden.tsx). */
const FORBIDDEN_HEADING = /^(Accès refusé|Accès réservé aux membres du réseau)$/;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("refused access", () => {
  test.describe("anonymous", () => {
    test.use({ axeOptions: { disableRules: [], exclude: [], skip: true } });
    test("anonymous visitors are sent to the sign-in page, then back", async ({ page }) => {
      for (const { path } of PAGES) {
        await page.goto(path);
        await expect(page, path).toHaveURL(new RegExp(`/connexion\\?retour=${escapeRegExp(encodeURIComponent(path))}$`));
      }
      await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
    });
  });

  for (const account of ACCOUNTS) {
    test.describe(account, () => {
      test.use({ axeOptions: { disableRules: [], exclude: [], skip: !SCANNED.includes(account) } });
      test(`${account}: each protected page is open or refused as the rights say`, async ({ page }) => {
        await signInAs(page, account);
        for (const { path, allowed } of PAGES) {
          const response = await page.goto(path);
          if (allowed.includes(account)) {
            expect(response?.status(), `${account} on ${path}`).toBe(200);
            await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING })).toHaveCount(0);
          } else {
            expect(response?.status(), `${account} on ${path}`).toBe(403);
            await expect(page.getByRole("heading", { level: 1, name: FORBIDDEN_HEADING })).toBeVisible();
          }
        }
      });
    });
  }
});
