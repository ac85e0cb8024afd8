import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, type Actor, can, assertCan, ForbiddenError, effectiveRoles } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";

const actor = (roles: Role[], status: Actor["status"] = "active"): Actor => ({ id: "u1", roles, status });

// The expected matrix, written out independently of the module: a change of rights must change
// this table too, on purpose.
const EXPECTED: Record<Action, Role[]> = {
  "account:use": ["visitor", "editor", "content_manager", "admin", "alumni", "organisation_member", "moderator", "network_admin", "network_editor", "network_reader"],
  "backoffice:access": ["editor", "content_manager", "admin"],
  "content:edit": ["editor", "admin"],
  "content:publish": ["editor", "admin"],
  "imports:read": ["content_manager", "admin"],
  "imports:upload": ["content_manager", "admin"],
  "users:read": ["admin"],
  "users:manage": ["admin"],
  "audit:read": ["admin"],
  "erasure:read": ["admin"],
  "outbox:read": ["admin"],
  "api_keys:manage": ["admin"],
  "network:use": ["alumni", "organisation_member", "network_admin", "network_editor", "network_reader"],
  "network:read_all": ["network_admin", "network_editor", "network_reader"],
  "network:publish": ["network_admin", "network_editor"],
  "network:approve": ["network_admin"],
};

describe("can()", () => {
  it("covers every action in the expected matrix", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role) || (role !== "visitor" && EXPECTED[action].includes("visitor"));
      it(`${allowed ? "allows" : "refuses"} ${action} to ${role}`, () => {
        expect(can(actor(role === "visitor" ? [] : [role]), action)).toBe(allowed);
      });
    }
  }

  it("refuses everything to anonymous visitors", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it("refuses everything to a deactivated account, administrator included", () => {
    for (const action of ACTIONS) expect(can(actor(["admin"], "deactivated"), action)).toBe(false);
  });

  it("adds up the rights of several roles", () => {
    const both = actor(["editor", "content_manager"]);
    expect(can(both, "content:publish")).toBe(true);
    expect(can(both, "imports:upload")).toBe(true);
    expect(can(both, "users:manage")).toBe(false);
  });

  it("checks ownership of owned resources", () => {
    expect(can(actor([]), "account:use", { type: "owned", ownerId: "u1" })).toBe(true);
    expect(can(actor([]), "account:use", { type: "owned", ownerId: "u2" })).toBe(false);
  });

  it("keeps administrators from acting on their own account in the back office", () => {
    expect(can(actor(["admin"]), "users:manage", { type: "account", userId: "u2" })).toBe(true);
    expect(can(actor(["admin"]), "users:manage", { type: "account", userId: "u1" })).toBe(false);
  });

  it("always counts the visitor role", () => {
    expect(effectiveRoles(actor(["editor"]))).toEqual(["visitor", "editor"]);
  });

  it("assertCan throws a ForbiddenError naming the action", () => {
    expect(() => assertCan(actor([]), "users:manage")).toThrow(ForbiddenError);
    expect(() => assertCan(actor(["admin"]), "users:manage")).not.toThrow();
  });
});
