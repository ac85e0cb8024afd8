import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { adminNavigation } from "@/lib/admin/navigation";

const root = path.resolve(import.meta.dirname, "../../../..");

/**
 * Every back-office page checks its own permission: the layout's check is not re-run on client
 * navigation, so a page that forgot it would be served to anyone who can enter the back office.
 */
const PAGE_PERMISSIONS: Record<string, string> = {
  "app/admin/page.tsx": "backoffice:access",
  "app/admin/utilisateurs/page.tsx": "users:read",
  "app/admin/utilisateurs/[id]/page.tsx": "users:read",
  "app/admin/courriels/page.tsx": "outbox:read",
  "app/admin/courriels/[id]/page.tsx": "outbox:read",
  "app/admin/journal/page.tsx": "audit:read",
  "app/admin/effacements/page.tsx": "erasure:read",
};

/** The admin pages of this area (imports and the content areas are checked by their own tests). */
function pagesOf(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pagesOf(rel);
    return entry.name === "page.tsx" ? [rel] : [];
  });
}

describe("back-office page guards", () => {
  it.each(Object.entries(PAGE_PERMISSIONS))("%s calls requirePermission(%s)", (file, action) => {
    const source = readFileSync(path.join(root, file), "utf8");
    expect(source).toContain(`requirePermission("${action}"`);
  });

  it("lists every page of the account-administration areas", () => {
    const areas = ["app/admin/utilisateurs", "app/admin/courriels", "app/admin/journal", "app/admin/effacements"];
    const found = ["app/admin/page.tsx", ...areas.flatMap(pagesOf)].sort();
    expect(found).toEqual(Object.keys(PAGE_PERMISSIONS).sort());
  });

  it("guards the layout with back-office access", () => {
    expect(readFileSync(path.join(root, "app/admin/layout.tsx"), "utf8")).toContain('requirePermission("backoffice:access", "/admin")');
  });

  it.each(adminNavigation.map((entry) => [entry.href, entry.permission] as const))(
    "the menu entry %s requires what its page checks (%s)",
    (href, permission) => {
      const file = path.join(root, "app", href, "page.tsx");
      // Pages of other areas may not be built yet; the menu must then agree once they are.
      if (!existsSync(file)) return;
      expect(readFileSync(file, "utf8")).toContain(`requirePermission("${permission}"`);
    },
  );

  it("guards every account-administration server action with users:manage", () => {
    const source = readFileSync(path.join(root, "app/admin/utilisateurs/actions.ts"), "utf8");
    const exported = source.match(/export const \w+Action = authedAction\(\{ schema: \w+, permission: "[\w:]+" \}/g) ?? [];
    const all = source.match(/export (const|async function) \w+/g) ?? [];
    expect(exported.length).toBe(all.length);
    expect(exported.every((line) => line.includes('permission: "users:manage"'))).toBe(true);
    expect(exported.length).toBe(5);
  });
});
