import { describe, expect, it } from "vitest";
import { parseLinkUrl, youtubeVideoId } from "@/lib/cms/editor-urls";

describe("parseLinkUrl", () => {
  it.each([
    ["https://www.francetravail.fr/accueil", "https://www.francetravail.fr/accueil"],
    ["  http://exemple.fr  ", "http://exemple.fr"],
    ["/formations?q=soudure", "/formations?q=soudure"],
    ["#contact", "#contact"],
    ["mailto:contact@region.fr", "mailto:contact@region.fr"],
    ["contact@region.fr", "mailto:contact@region.fr"],
    ["tel:+33 5 61 00 00 00", "tel:+33561000000"],
    ["www.onisep.fr/metiers", "https://www.onisep.fr/metiers"],
  ])("accepts %j as %j", (input, url) => {
    expect(parseLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each(["", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "//malveillant.example", "vbscript:x", "un lien", "ftp://exemple.fr"])(
    "refuses %j with a French message",
    (input) => {
      const result = parseLinkUrl(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/[Ss]aisissez|adresse/);
    },
  );
});

describe("youtubeVideoId", () => {
  it.each([
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?si=abc",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
  ])("reads the id of %s", (url) => {
    expect(youtubeVideoId(url)).toBe("dQw4w9WgXcQ");
  });

  it.each(["https://vimeo.com/123", "https://www.youtube.com.malveillant.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)", "dQw4w9WgXcQ", "https://www.youtube.com/watch?v=court"])(
    "refuses %s",
    (url) => {
      expect(youtubeVideoId(url)).toBeNull();
    },
  );
});
