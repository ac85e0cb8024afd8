import { describe, expect, it } from "vitest";
import { sanitizeRichText, textToHtml } from "@/lib/cms/sanitize";

describe("sanitizeRichText", () => {
  it("removes script tags and their content", () => {
    const out = sanitizeRichText("<p>Avant</p><script>alert('x')</script><p>Après</p>");
    expect(out).toBe("<p>Avant</p><p>Après</p>");
    expect(out).not.toContain("alert");
  });

  it("removes event handlers", () => {
    const out = sanitizeRichText('<img src="https://exemple.fr/a.png" alt="Logo" onerror="alert(1)"><p onclick="alert(2)">Texte</p>');
    expect(out).toBe('<img src="https://exemple.fr/a.png" alt="Logo" /><p>Texte</p>');
  });

  it("removes javascript: and data: addresses", () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">lien</a>')).toBe("<a>lien</a>");
    expect(sanitizeRichText('<a href=" JaVaScRiPt:alert(1)">lien</a>')).toBe("<a>lien</a>");
    expect(sanitizeRichText('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('<img alt="x" />');
  });

  it("removes style attributes and style elements", () => {
    expect(sanitizeRichText('<p style="color:red">Rouge</p><style>p{}</style>')).toBe("<p>Rouge</p>");
  });

  it("keeps internal links and uploaded images, relative to the site", () => {
    expect(sanitizeRichText('<p><a href="/formations">Formations</a></p>')).toBe('<p><a href="/formations">Formations</a></p>');
    expect(sanitizeRichText('<img src="/medias/0d4c6c5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f" alt="" width="800" height="600">')).toBe(
      '<img src="/medias/0d4c6c5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f" alt="" width="800" height="600" />',
    );
  });

  it("removes iframes from other hosts, relative or protocol-relative ones", () => {
    expect(sanitizeRichText('<div data-youtube-video><iframe src="https://malveillant.example/page"></iframe></div>')).toBe("<div data-youtube-video></div>");
    expect(sanitizeRichText('<iframe src="https://malveillant.example/page"></iframe>')).toBe("");
    expect(sanitizeRichText('<iframe src="https://www.youtube.com.malveillant.example/embed/x"></iframe>')).toBe("");
    expect(sanitizeRichText('<iframe src="/admin"></iframe>')).toBe("");
    expect(sanitizeRichText('<iframe src="//malveillant.example/x"></iframe>')).toBe("");
  });

  it("keeps the YouTube embed the editor writes, dropping the attributes it does not need", () => {
    const editor =
      '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" width="640" height="360" ' +
      'allowfullscreen="true" autoplay="false" disablekbcontrols="false" title="Présentation du dispositif" loading="lazy"></iframe></div>';
    expect(sanitizeRichText(editor)).toBe(
      '<div data-youtube-video><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" width="640" height="360" ' +
        'allowfullscreen="true" title="Présentation du dispositif" loading="lazy"></iframe></div>',
    );
  });

  it("keeps the tables the editor writes, without their inline widths", () => {
    const editor =
      '<table style="min-width: 75px"><colgroup><col style="min-width: 25px"><col style="min-width: 25px"></colgroup><tbody>' +
      '<tr><th colspan="1" rowspan="1" scope="col"><p>Public</p></th><th colspan="1" rowspan="1" scope="col"><p>Aide</p></th></tr>' +
      '<tr><td colspan="1" rowspan="1"><p>Jeunes</p></td><td colspan="2" rowspan="1"><p>500 €</p></td></tr></tbody></table>';
    expect(sanitizeRichText(editor)).toBe(
      '<table><tbody><tr><th colspan="1" rowspan="1" scope="col"><p>Public</p></th><th colspan="1" rowspan="1" scope="col"><p>Aide</p></th></tr>' +
        '<tr><td colspan="1" rowspan="1"><p>Jeunes</p></td><td colspan="2" rowspan="1"><p>500 €</p></td></tr></tbody></table>',
    );
  });

  it("turns h1 into h2: the page title is the only h1", () => {
    expect(sanitizeRichText("<h1>Titre</h1><h2>Section</h2>")).toBe("<h2>Titre</h2><h2>Section</h2>");
  });

  it("adds rel=noopener to links opening a new tab, and only to those", () => {
    expect(sanitizeRichText('<a href="https://exemple.fr" target="_blank">x</a>')).toBe(
      '<a href="https://exemple.fr" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeRichText('<a href="https://exemple.fr" target="_blank" rel="opener">x</a>')).toBe(
      '<a href="https://exemple.fr" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeRichText('<a href="https://exemple.fr">x</a>')).toBe('<a href="https://exemple.fr">x</a>');
  });

  it("drops empty paragraphs, but keeps those holding an image", () => {
    expect(sanitizeRichText('<p>Texte</p><p></p><p> <br> </p><p><img src="/medias/x" alt="Plan"></p>')).toBe('<p>Texte</p><p><img src="/medias/x" alt="Plan" /></p>');
  });

  it("gives an empty string for nothing", () => {
    expect(sanitizeRichText(null)).toBe("");
    expect(sanitizeRichText("   ")).toBe("");
  });
});

describe("textToHtml", () => {
  it("makes escaped paragraphs of plain text", () => {
    expect(textToHtml("Un <b>\nDeux\n\n\nTrois & quatre")).toBe("<p>Un &lt;b&gt;<br>Deux</p><p>Trois &amp; quatre</p>");
  });
});
