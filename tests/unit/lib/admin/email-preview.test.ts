import { describe, expect, it } from "vitest";
import { sandboxedEmailHtml, splitLinks } from "@/lib/admin/email-preview";

describe("splitLinks", () => {
  it("turns http(s) addresses into links, leaving sentence punctuation out", () => {
    expect(splitLinks("Confirmez :\nhttp://portail.test/verifier-adresse?jeton=abc_1-2.\nMerci")).toEqual([
      { text: "Confirmez :\n" },
      { text: "http://portail.test/verifier-adresse?jeton=abc_1-2", href: "http://portail.test/verifier-adresse?jeton=abc_1-2" },
      { text: ".\nMerci" },
    ]);
  });

  it("never links other schemes", () => {
    expect(splitLinks("javascript:alert(1) data:text/html,x")).toEqual([{ text: "javascript:alert(1) data:text/html,x" }]);
  });

  it("keeps every character of the text", () => {
    const text = "a https://x.test/1 b (https://y.test/2) c";
    expect(splitLinks(text).map((part) => part.text).join("")).toBe(text);
  });
});

describe("sandboxedEmailHtml", () => {
  const policy = `default-src 'none'`;

  it("puts the policy at the top of the head", () => {
    const html = sandboxedEmailHtml("<!doctype html><html><head><title>x</title></head><body><p>Bonjour</p></body></html>");
    expect(html.indexOf(policy)).toBeGreaterThan(html.indexOf("<head>"));
    expect(html.indexOf(policy)).toBeLessThan(html.indexOf("<title>"));
  });

  it("wraps a fragment in a document with the policy, and is not fooled by <header>", () => {
    const html = sandboxedEmailHtml("<header>Titre</header><p>Bonjour</p>");
    expect(html.startsWith("<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\"")).toBe(true);
    expect(html).toContain("<body><header>Titre</header>");
  });
});
