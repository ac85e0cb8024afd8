import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isCurrentSection, listPrimaryNavigation, primaryNavigation, staticPages } from "@/lib/navigation";

// Public pages, and the alumni network's area (its own route group and layout).
const routeGroups = ["(public)", "(network)"].map((group) => path.resolve(import.meta.dirname, "../../../app", group));

function pageExists(href: string): boolean {
  return routeGroups.some((root) => existsSync(path.join(root, href === "/" ? "" : href, "page.tsx")));
}

describe("navigation config", () => {
  // The `available` flag is what keeps links to unbuilt engines out of menus: it must follow app/.
  it.each([...primaryNavigation, ...staticPages])("$href is available exactly when its page exists", (item) => {
    expect(item.available).toBe(pageExists(item.href));
  });

  it("always offers the home page first", () => {
    expect(listPrimaryNavigation()[0]?.href).toBe("/");
  });

  it("marks a section current on its sub-pages but the home only on itself", () => {
    expect(isCurrentSection("/formations", "/formations/42")).toBe(true);
    expect(isCurrentSection("/formations", "/formations-continues")).toBe(false);
    expect(isCurrentSection("/", "/")).toBe(true);
    expect(isCurrentSection("/", "/metiers")).toBe(false);
  });
});
