import { listStaticPages } from "@/lib/navigation";
import { expect, test } from "./fixtures";

const HERO_SEARCH_LABEL = "Rechercher une formation, un métier, un organisme…";

function readFigure(text: string | null): number {
  return Number((text ?? "").replace(/\D/g, ""));
}

test.describe("home page", () => {
  test("shows the five catalogue figures and the 14 ROME great domains", async ({ page, visit }) => {
    const response = await visit("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Passerelle/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

    const figures = page.getByRole("region", { name: "Le catalogue en chiffres" });
    await expect(figures.getByRole("definition")).toHaveCount(5);
    const tradesFigure = figures.getByRole("term").filter({ hasText: /fiches? métiers?/ });
    const tradesValue = tradesFigure.locator("xpath=following-sibling::dd");
    // ROME ships with the product and is loaded on first start: 500+ fiches in version 4.60.
    expect(readFigure(await tradesValue.textContent())).toBeGreaterThan(500);

    const domains = page.getByRole("region", { name: "Explorer les métiers par grand domaine" });
    await expect(domains.getByRole("heading", { level: 3 })).toHaveCount(14);
    await expect(domains.getByRole("heading", { name: "Industrie", exact: true })).toBeVisible();
  });

  test("lists trainings starting soon from the demo catalogue", async ({ page, visit }) => {
    await visit("/");
    const figures = page.getByRole("region", { name: "Le catalogue en chiffres" });
    // The e2e server seeds DEMO_FORMATIONS trainings: zero means the seed or the query broke.
    expect(readFigure(await figures.getByRole("definition").first().textContent())).toBeGreaterThan(0);

    const upcoming = page.getByRole("region", { name: "Les prochaines entrées en formation" });
    const cards = upcoming.getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeLessThanOrEqual(6);
    await expect(upcoming.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(upcoming.locator("time").first()).toHaveText(/^\d{1,2}(er)? \p{L}+ \d{4}$/u);
  });

  test("shows the next events of the agenda, each leading to its page", async ({ page, visit }) => {
    await visit("/");
    const agenda = page.getByRole("region", { name: "Prochains évènements" });
    await expect(agenda.getByRole("article")).toHaveCount(3);
    await agenda.getByRole("article").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/evenements\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("public shell", () => {
  test("the skip link is the first focusable element and moves focus to the main content", async ({ page, visit }) => {
    await visit("/mentions-legales");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Aller au contenu principal" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#contenu")).toBeFocused();
  });

  test("the home search is a labelled search landmark that submits to /recherche", async ({ page, visit }) => {
    await visit("/");
    const form = page.getByRole("search", { name: "Recherche dans le catalogue" });
    await expect(form).toHaveAttribute("action", "/recherche");
    await expect(form).toHaveAttribute("method", "get");
    const input = form.getByRole("searchbox", { name: HERO_SEARCH_LABEL });
    await expect(input).toHaveAttribute("name", "q");
    await input.fill("aide-soignant Toulouse");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?q=aide-soignant(\+|%20)Toulouse$/);
  });

  test("the header search is reachable on every page and submits to /recherche", async ({ page, visit, isMobile }) => {
    await visit("/plan-du-site");
    if (isMobile) await page.getByText("Menu", { exact: true }).click();
    const form = page.getByRole("search", { name: "Recherche sur le site" });
    await expect(form).toBeVisible();
    await form.getByRole("searchbox", { name: "Rechercher sur le site" }).fill("soudure");
    await form.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/recherche\?q=soudure$/);
  });

  test("every navigation and footer link leads to an existing page", async ({ page, visit, request }) => {
    await visit("/");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    const footer = page.getByRole("contentinfo");
    const hrefs = new Set<string>();
    for (const link of await nav.getByRole("link").all()) hrefs.add((await link.getAttribute("href")) ?? "");
    for (const link of await footer.getByRole("link").all()) {
      const href = (await link.getAttribute("href")) ?? "";
      if (href.startsWith("/")) hrefs.add(href);
    }
    for (const staticPage of listStaticPages()) expect(hrefs).toContain(staticPage.href);
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test("inner pages carry breadcrumbs ending on the current page", async ({ page, visit }) => {
    for (const staticPage of listStaticPages()) {
      await visit(staticPage.href);
      const breadcrumbs = page.getByRole("navigation", { name: "Fil d'Ariane" });
      await expect(breadcrumbs.getByRole("link", { name: "Accueil" })).toHaveAttribute("href", "/");
      const current = breadcrumbs.locator('[aria-current="page"]');
      await expect(current).toHaveText(staticPage.label);
      await expect(breadcrumbs.getByRole("listitem").last()).toContainText(staticPage.label);
    }
  });

  test("an unknown address answers 404 with a French page inside the shell", async ({ page, visit }) => {
    const response = await visit("/cette-page-n-existe-pas");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("search", { name: "Recherche", exact: true }).getByRole("searchbox")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Retour à l'accueil" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("small screens", () => {
  test("the menu opens, lists the sections and closes after navigating", async ({ page, visit, isMobile }) => {
    test.skip(!isMobile, "The disclosure menu replaces the navigation bar on small screens only.");
    await visit("/accessibilite");
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    // Closed menu and hidden desktop bar: no navigation is exposed until the toggle is used.
    await expect(nav).toHaveCount(0);

    const toggle = page.locator("header summary");
    await expect(toggle).toHaveText("Menu");
    const menu = page.locator("header details");
    await expect(menu).not.toHaveAttribute("open", "");
    await toggle.click();
    await expect(menu).toHaveAttribute("open", "");
    await expect(nav).toBeVisible();
    const home = nav.getByRole("link", { name: "Accueil" });
    await home.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(menu).not.toHaveAttribute("open", "");

    // Nothing may overflow sideways at 390 px (WCAG 1.4.10 reflow).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("Escape closes the menu and returns focus to its toggle", async ({ page, visit, isMobile }) => {
    test.skip(!isMobile, "Small screens only.");
    await visit("/plan-du-site");
    const toggle = page.locator("header summary");
    await toggle.click();
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link").first().focus();
    await page.keyboard.press("Escape");
    await expect(page.locator("header details")).not.toHaveAttribute("open", "");
    await expect(toggle).toBeFocused();
  });

  test("the open menu passes the accessibility scan", async ({ page, visit, isMobile }) => {
    test.skip(!isMobile, "Small screens only.");
    await visit("/");
    await page.locator("header summary").click();
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
    // The fixture scans the page in this state (menu open) before reloading anything.
  });
});
