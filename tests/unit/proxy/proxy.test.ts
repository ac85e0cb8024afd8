import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const request = (path: string, cookie?: string) =>
  new NextRequest(new URL(path, "http://portail.test"), cookie ? { headers: { cookie } } : undefined);

describe("proxy", () => {
  it("turns ?lang= in the network area into the language cookie, also for this request", () => {
    const response = proxy(request("/reseau/annuaire?lang=en"));
    expect(response.cookies.get("reseau_lang")?.value).toBe("en");
    expect(response.headers.get("x-middleware-request-cookie") ?? response.headers.get("x-middleware-override-headers")).toBeTruthy();
    expect(response.headers.get("location")).toBeNull();
  });

  it("ignores an unknown language and lets anonymous visitors reach the network sign-up", () => {
    const response = proxy(request("/reseau/inscription?lang=de"));
    expect(response.cookies.get("reseau_lang")).toBeUndefined();
    expect(response.headers.get("location")).toBeNull();
  });

  it("sends anonymous visitors of the back office to the sign-in page", () => {
    const response = proxy(request("/admin/contenus"));
    expect(response.headers.get("location")).toContain("/connexion?retour=%2Fadmin%2Fcontenus");
  });
});
