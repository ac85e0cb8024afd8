import { listStaticPages } from "@/lib/navigation";
import { expect, test } from "./fixtures";

for (const staticPage of listStaticPages()) {
  test(`${staticPage.href}: one h1, breadcrumbs and a consistent heading outline`, async ({ page, visit }) => {
    const response = await visit(staticPage.href);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${staticPage.label} | Passerelle`);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(staticPage.label);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" })).toBeVisible();

    // No skipped levels (h2 straight to h4) in the page's own content.
    const levels = await main
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]! - levels[i - 1]!, `heading ${i} of ${staticPage.href}`).toBeLessThanOrEqual(1);
    }
    // The axe scan of this page runs in the fixture's teardown.
  });
}

test("the site map lists every static page and only pages that exist", async ({ page, visit, request }) => {
  await visit("/plan-du-site");
  const links = page.getByRole("main").locator(".prose-page a");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  for (const staticPage of listStaticPages()) expect(hrefs).toContain(staticPage.href);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});
