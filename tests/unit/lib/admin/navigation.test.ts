import { describe, expect, it } from "vitest";
import { adminNavigation, groupAdminNavigation, isCurrentAdminEntry, listAdminNavigation } from "@/lib/admin/navigation";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";

const actor = (roles: Role[], status: Actor["status"] = "active"): Actor => ({ id: "u1", roles, status });

const CONTENT = [
  "/admin/contenus/actualites",
  "/admin/contenus/agenda",
  "/admin/contenus/pages",
  "/admin/contenus/ressources",
  "/admin/contenus/structures",
  "/admin/contenus/financements",
];

const ALL = ["/admin", "/admin/imports", "/admin/cles-api", ...CONTENT, "/admin/utilisateurs", "/admin/courriels", "/admin/journal", "/admin/effacements"];

describe("back-office navigation", () => {
  // For each role, exactly the entries it sees: a new entry or a changed grant must update this table.
  it.each<[string, Actor | null, string[]]>([
    ["anonymous", null, []],
    ["visitor", actor([]), []],
    ["alumni", actor(["alumni"]), []],
    ["organisation_member", actor(["organisation_member"]), []],
    ["moderator", actor(["moderator"]), []],
    ["editor", actor(["editor"]), ["/admin", ...CONTENT]],
    ["content_manager", actor(["content_manager"]), ["/admin", "/admin/imports"]],
    ["admin", actor(["admin"]), ALL],
    ["editor + content_manager", actor(["editor", "content_manager"]), ["/admin", "/admin/imports", ...CONTENT]],
    ["deactivated admin", actor(["admin"], "deactivated"), []],
  ])("%s sees exactly its entries", (_name, user, expected) => {
    expect(listAdminNavigation(user).map((entry) => entry.href)).toEqual(expected);
  });

  it("groups entries by area in display order, leaving empty areas out", () => {
    const groups = groupAdminNavigation(listAdminNavigation(actor(["admin"])));
    expect(groups.map((group) => [group.label, group.entries.map((entry) => entry.label)])).toEqual([
      ["Pilotage", ["Tableau de bord"]],
      ["Offre de formation", ["Imports", "Clés d'API"]],
      ["Contenus éditoriaux", ["Actualités", "Agenda", "Pages Infos+", "Ressources", "Structures d'accompagnement", "Financements"]],
      ["Comptes", ["Utilisateurs"]],
      ["Sécurité et RGPD", ["Courriels sortants", "Journal de sécurité", "Effacements RGPD"]],
    ]);
  });

  it("has one entry per page", () => {
    expect(new Set(adminNavigation.map((entry) => entry.href)).size).toBe(adminNavigation.length);
  });

  it("marks the dashboard current only on itself, other entries on their sub-pages too", () => {
    expect(isCurrentAdminEntry("/admin", "/admin")).toBe(true);
    expect(isCurrentAdminEntry("/admin", "/admin/utilisateurs")).toBe(false);
    expect(isCurrentAdminEntry("/admin/utilisateurs", "/admin/utilisateurs/42")).toBe(true);
    expect(isCurrentAdminEntry("/admin/journal", "/admin/journaux")).toBe(false);
  });
});
