import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps paths of this site", () => {
    expect(safeReturnPath("/formations?q=soudeur&department=31")).toBe("/formations?q=soudeur&department=31");
    expect(safeReturnPath("/admin/utilisateurs")).toBe("/admin/utilisateurs");
  });

  it.each(["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", "espace", "/x\nSet-Cookie:a"])(
    "refuses %j",
    (value) => {
      expect(safeReturnPath(value)).toBe("/espace");
    },
  );

  it("does not bounce back to the sign-in pages", () => {
    expect(safeReturnPath("/connexion?retour=/x")).toBe("/espace");
    expect(safeReturnPath("/inscription")).toBe("/espace");
  });
});
