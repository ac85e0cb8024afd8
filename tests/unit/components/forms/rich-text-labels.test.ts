import { readFile } from "node:fs/promises";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AltTextFields } from "@/components/forms/media/alt-text-fields";
import { MEDIA_LABELS, mediaMessage } from "@/components/forms/media/labels";
import { MediaChooser } from "@/components/forms/media/media-chooser";
import { RICH_TEXT_LABELS, type RichTextLabels, richTextLabels } from "@/components/forms/rich-text/labels";
import { FORBIDDEN, SIGNED_OUT } from "@/lib/actions/result";
import { parseLinkUrl } from "@/lib/cms/editor-urls";
import { MEDIA_MESSAGES } from "@/lib/validations/media";

/** Every string of a labels object, functions called with a sample argument, messages left out. */
function leaves(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (typeof value === "function") return [[at, String((value as (x: unknown) => unknown)(2))]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => (key === "messages" ? [] : leaves(inner, at ? `${at}.${key}` : key)));
  return [];
}

describe("rich text editor labels", () => {
  it("default to French, with the accessible names the back office's end-to-end tests use", () => {
    const t = richTextLabels();
    expect(t).toBe(RICH_TEXT_LABELS.fr);
    expect(t.toolbar).toBe("Mise en forme du texte");
    expect(t.buttons.bold).toBe("Gras");
    expect(t.buttons.italic).toBe("Italique");
    expect(t.buttons.insertLink).toBe("Insérer un lien");
    expect(t.buttons.insertImage).toBe("Insérer une image");
    expect(t.buttons.heading(2)).toBe("Titre de niveau 2 (H2)");
    expect(t.image.insertSubmit).toBe("Insérer l'image");
    expect(t.dialog.cancel).toBe("Annuler");
  });

  it("are English when the locale is en", () => {
    const t = richTextLabels("en");
    expect(t.toolbar).toBe("Text formatting");
    expect(t.buttons.bold).toBe("Bold");
    expect(t.buttons.heading(3)).toBe("Heading level 3 (H3)");
    expect(t.link.insertTitle).toBe("Insert a link");
    expect(t.video.titleMissing).toBe("Give the video a title.");
    expect(t.image.pending).toBe("Uploading the image…");
    expect(t.media.alt.decorative).toBe("Decorative image");
    expect(t.dialog).toEqual({ cancel: "Cancel", errorPrefix: "Error: " });
  });

  it("translate every French string (none left behind in the English set)", () => {
    const fr = new Map(leaves(RICH_TEXT_LABELS.fr));
    const en = leaves(RICH_TEXT_LABELS.en);
    expect(en.map(([key]) => key).sort()).toEqual([...fr.keys()].sort());
    const untranslated = en.filter(([key, text]) => fr.get(key) === text).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it("give the French messages of the media routes in English, and leave unknown ones as they are", () => {
    const en = MEDIA_LABELS.en;
    expect(mediaMessage(en, FORBIDDEN)).toBe("You do not have the rights needed for this action.");
    expect(mediaMessage(en, SIGNED_OUT)).toMatch(/session has expired/);
    expect(mediaMessage(en, MEDIA_MESSAGES.notAnImage)).toBe("This file is not a JPEG, PNG, WebP or GIF image.");
    expect(mediaMessage(en, "Autre message")).toBe("Autre message");
    expect(mediaMessage(MEDIA_LABELS.fr, FORBIDDEN)).toBe(FORBIDDEN);
  });

  it("refuse a link address in the editor's language", () => {
    const en = richTextLabels("en").link.urls;
    expect(parseLinkUrl("", en)).toEqual({ ok: false, error: "Enter the address of the link." });
    expect(parseLinkUrl("un lien", en)).toEqual({ ok: false, error: "An address contains no spaces." });
    expect(parseLinkUrl("")).toEqual({ ok: false, error: "Saisissez l'adresse du lien." });
  });
});

describe("media fields with labels", () => {
  const altProps = { id: "alt", alt: "", decorative: false, onAltChange: () => {}, onDecorativeChange: () => {}, error: "x" };
  const chooserProps = { selection: null, onSelect: () => {}, onError: () => {} };

  it("render the alternative text fields in English", () => {
    const html = renderToStaticMarkup(createElement(AltTextFields, { ...altProps, labels: MEDIA_LABELS.en.alt }));
    expect(html).toContain("Alternative text");
    expect(html).toContain("(required)");
    expect(html).toContain("Decorative image");
    expect(html).toContain("Error: ");
    expect(html).not.toMatch(/obligatoire|décorative|Erreur/);
  });

  it("render the alternative text fields in French by default", () => {
    const html = renderToStaticMarkup(createElement(AltTextFields, altProps));
    expect(html).toContain("Texte alternatif");
    expect(html).toContain("Image décorative");
  });

  it("render the image picker in English", () => {
    const html = renderToStaticMarkup(createElement(MediaChooser, { ...chooserProps, labels: MEDIA_LABELS.en }));
    expect(html).toContain("Upload a new image");
    expect(html).toContain("JPEG, PNG, WebP or GIF, 5 MB at most.");
    expect(html).toContain("Or choose a recently uploaded image");
    expect(html).toContain("No image chosen.");
    expect(html).not.toMatch(/Envoyer|Aucune|Mo au plus/);
  });

  it("render the image picker in French by default", () => {
    const html = renderToStaticMarkup(createElement(MediaChooser, chooserProps));
    expect(html).toContain("Envoyer une nouvelle image");
  });
});

describe("editor components", () => {
  // The toolbar and dialogs need a live editor (a DOM) to render; their words must all come
  // from the labels, so the English set reaches every one of them.
  const files = ["toolbar.tsx", "link-dialog.tsx", "video-dialog.tsx", "image-dialog.tsx"];
  const french = (labels: RichTextLabels) =>
    leaves({ ...labels, media: undefined, link: { ...labels.link, urls: undefined } })
      .map(([, text]) => text)
      .filter((text) => text.length > 3);

  it.each(files)("%s writes no French word of its own", async (file) => {
    const source = await readFile(path.join(import.meta.dirname, "../../../../components/forms/rich-text", file), "utf8");
    const literals = french(RICH_TEXT_LABELS.fr).filter((text) => source.includes(`"${text}"`) || source.includes(`>${text}<`));
    expect(literals).toEqual([]);
  });
});
