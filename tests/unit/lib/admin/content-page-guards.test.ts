import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminNavigation } from "@/lib/admin/navigation";
import { contentKindFromSegment } from "@/lib/cms/kinds";

const root = path.resolve(import.meta.dirname, "../../../..");
const AREA = "app/admin/contenus";

/**
 * The content area's pages check content:edit themselves (the layout's check is not re-run on
 * client navigation). Listed by hand, so a page removed or renamed is noticed; every page found
 * under the area is checked too, so a new one cannot forget.
 */
const PAGES = [
  `${AREA}/page.tsx`,
  `${AREA}/[kind]/page.tsx`,
  `${AREA}/[kind]/nouveau/page.tsx`,
  `${AREA}/[kind]/[id]/page.tsx`,
  `${AREA}/[kind]/[id]/historique/page.tsx`,
  `${AREA}/[kind]/[id]/historique/[version]/page.tsx`,
  `${AREA}/[kind]/[id]/apercu/page.tsx`,
];

function pagesOf(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pagesOf(rel);
    return entry.name === "page.tsx" ? [rel] : [];
  });
}

const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("content area page guards", () => {
  it.each(PAGES)("%s exists and calls requirePermission(content:edit)", (file) => {
    expect(read(file)).toContain('requirePermission("content:edit"');
  });

  it.each(pagesOf(AREA))("%s (found in the area) calls requirePermission(content:edit)", (file) => {
    expect(read(file)).toContain('requirePermission("content:edit"');
  });

  it("checks the permission before reading the kind or the database", () => {
    for (const file of PAGES) {
      const source = read(file);
      const guard = source.indexOf("requirePermission(");
      expect(guard, file).toBeGreaterThan(0);
      for (const later of ["getDb()", "notFound()"]) {
        const at = source.indexOf(later);
        if (at >= 0) expect(at, `${file}: ${later}`).toBeGreaterThan(guard);
      }
    }
  });

  it.each(adminNavigation.filter((entry) => entry.area === "content").map((entry) => [entry.href, entry.permission] as const))(
    "the menu entry %s is a content list that requires %s",
    (href, permission) => {
      const segment = href.replace(`/admin/contenus/`, "");
      expect(contentKindFromSegment(segment)).not.toBeNull();
      expect(existsSync(path.join(root, AREA, "[kind]", "page.tsx"))).toBe(true);
      expect(read(`${AREA}/[kind]/page.tsx`)).toContain(`requirePermission("${permission}"`);
    },
  );

  it("guards each server action of the lists with its permission", () => {
    const source = read(`${AREA}/[kind]/actions.ts`);
    const all = source.match(/export (const|async function) \w+/g) ?? [];
    expect(all).toEqual(["export const changeContentStatusAction", "export const restoreContentRevisionAction"]);
    expect(source).toMatch(/changeContentStatusAction = authedAction\(\s*\{ schema: [^\n]+, permission: "content:publish" \}/);
    expect(source).toMatch(/restoreContentRevisionAction = authedAction\(\s*\{ schema: [^\n]+, permission: "content:edit" \}/);
  });
});
