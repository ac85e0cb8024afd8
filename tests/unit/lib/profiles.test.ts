import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { profileLinkParamCount, profileLinkQuery } from "@/lib/catalog/profile-links";
import { getProfile, PROFILES } from "@/lib/catalog/profiles";
import { AUDIENCES } from "@/lib/editorial/vocabulary";

const publicApp = path.join(process.cwd(), "app", "(public)");

describe("profile entry points", () => {
  it("cover every audience of the portal once", () => {
    expect(PROFILES.map((p) => p.slug).sort()).toEqual([...AUDIENCES].sort());
  });

  it.each(PROFILES.flatMap((p) => p.links.map((l) => [p.slug, l.href] as const)))("%s: %s leads to an existing engine", (_slug, href) => {
    const pathname = new URL(href, "http://x.invalid").pathname;
    expect(existsSync(path.join(publicApp, pathname.slice(1), "page.tsx"))).toBe(true);
  });

  it.each(PROFILES.flatMap((p) => p.links.map((l) => [p.slug, l.href] as const)))("%s: every filter of %s survives the engine's URL parsing", (_slug, href) => {
    const { given, kept } = profileLinkParamCount(href);
    expect(kept).toBe(given);
  });

  it("turns a link into the engine query it stands for", () => {
    expect(profileLinkQuery("/formations?financement=region")).toMatchObject({
      kinds: ["formation"],
      filters: { financing: ["region"] },
    });
    expect(profileLinkQuery("/metiers")).toBeNull();
    expect(getProfile("inconnu")).toBeUndefined();
  });
});
