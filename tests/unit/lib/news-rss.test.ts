import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { listNewsForFeed } from "@/db/queries/news";
import { media, news } from "@/db/schema";
import { buildNewsFeed } from "@/lib/news/rss";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

const SITE = { siteUrl: "https://passerelle.example.fr", siteName: "Passerelle", regionName: "Occitanie" };
const now = new Date("2026-11-24T10:00:00Z");

/**
 * What RSS 2.0 requires (https://www.rssboard.org/rss-specification), as RELAX NG so elements
 * may come in any order: rss@version 2.0; channel title, link and description; per item, here,
 * title, link, guid and an RFC 822 pubDate. Links must be absolute. Other elements (atom:link,
 * category, enclosure…) are allowed.
 */
const RSS_RNG = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="rss">
      <attribute name="version"><value>2.0</value></attribute>
      <element name="channel">
        <interleave>
          <element name="title"><data type="string"><param name="minLength">1</param></data></element>
          <element name="link"><ref name="absoluteUrl"/></element>
          <element name="description"><text/></element>
          <optional><element name="lastBuildDate"><ref name="rfc822"/></element></optional>
          <zeroOrMore><ref name="item"/></zeroOrMore>
          <zeroOrMore><ref name="other"/></zeroOrMore>
        </interleave>
      </element>
    </element>
  </start>
  <define name="item">
    <element name="item">
      <interleave>
        <element name="title"><data type="string"><param name="minLength">1</param></data></element>
        <element name="link"><ref name="absoluteUrl"/></element>
        <element name="guid">
          <optional><attribute name="isPermaLink"><choice><value>true</value><value>false</value></choice></attribute></optional>
          <ref name="absoluteUrl"/>
        </element>
        <element name="pubDate"><ref name="rfc822"/></element>
        <optional><element name="description"><text/></element></optional>
        <zeroOrMore><ref name="other"/></zeroOrMore>
      </interleave>
    </element>
  </define>
  <define name="other">
    <element>
      <anyName><except><name>title</name><name>link</name><name>description</name><name>item</name><name>guid</name><name>pubDate</name><name>lastBuildDate</name></except></anyName>
      <ref name="anything"/>
    </element>
  </define>
  <define name="anything">
    <zeroOrMore><choice><attribute><anyName/></attribute><text/><element><anyName/><ref name="anything"/></element></choice></zeroOrMore>
  </define>
  <define name="rfc822">
    <data type="string"><param name="pattern">(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UT|[+\\-]\\d{4})</param></data>
  </define>
  <define name="absoluteUrl">
    <data type="anyURI"><param name="pattern">https?://[^/\\s]+/.*</param></data>
  </define>
</grammar>`;

async function validateRss(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "feed.xml", contents: xml }],
    schema: [{ fileName: "rss.rng", contents: RSS_RNG }],
    extension: "relaxng",
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

type Element = { name: string; attributes: Record<string, string>; text: string; children: Element[] };

function parse(xml: string): Element {
  const parser = new SaxesParser();
  const stack: Element[] = [{ name: "#document", attributes: {}, text: "", children: [] }];
  parser.on("opentag", (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: "", children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return stack[0]!;
}

const child = (element: Element | undefined, name: string) => element?.children.find((c) => c.name === name);

describe(`RSS feed of the news on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let xml: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(media).values({ id: "img1", storageKey: "2026/11/img1.webp", mimeType: "image/webp", size: 1234, originalName: "a.webp" });
    await t.db.insert(news).values([
      { slug: "cpf-nouveautes", title: "CPF : ce qui change", summary: "Les nouveautés <du> CPF & co.", status: "published", publishedAt: new Date("2026-11-20T09:30:00Z"), themes: ["financement"], imageId: "img1" },
      { slug: "sans-resume", title: "Sans résumé", body: "<h2>Titre</h2><p>Premier paragraphe.</p><ul><li>un point</li></ul>", status: "published", publishedAt: new Date("2026-11-02T08:00:00Z") },
      { slug: "article-brouillon", title: "Brouillon secret", status: "draft" },
      { slug: "article-programme", title: "Programmé", status: "scheduled", publishedAt: new Date("2026-12-01T08:00:00Z") },
    ]);
    xml = buildNewsFeed(await listNewsForFeed(t.db, { now }), SITE);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("is well-formed RSS 2.0 with the required channel and item elements", async () => {
    expect(await validateRss(xml)).toEqual([]);
  });

  it("the schema check can fail: a relative link or a missing pubDate is refused", async () => {
    expect(await validateRss(xml.replace("https://passerelle.example.fr/actualites/cpf-nouveautes</link>", "/actualites/cpf-nouveautes</link>"))).not.toEqual([]);
    expect(await validateRss(xml.replace(/<pubDate>[^<]*<\/pubDate>/, ""))).not.toEqual([]);
  });

  it("describes the channel with absolute links and a self link", () => {
    const rss = child(parse(xml), "rss");
    const channel = child(rss, "channel");
    expect(rss?.attributes.version).toBe("2.0");
    expect(child(channel, "title")?.text).toBe("Passerelle – Actualités");
    expect(child(channel, "link")?.text).toBe("https://passerelle.example.fr/actualites");
    expect(child(channel, "language")?.text).toBe("fr");
    expect(child(channel, "atom:link")?.attributes).toMatchObject({
      href: "https://passerelle.example.fr/actualites/rss.xml",
      rel: "self",
      type: "application/rss+xml",
    });
  });

  it("lists published articles only, newest first, with guid, RFC 822 date and teaser", () => {
    const items = child(child(parse(xml), "rss"), "channel")!.children.filter((c) => c.name === "item");
    expect(items.map((item) => child(item, "title")?.text)).toEqual(["CPF : ce qui change", "Sans résumé"]);
    expect(xml).not.toContain("Brouillon secret");
    expect(xml).not.toContain("article-programme");
    const [first, second] = items;
    expect(child(first, "link")?.text).toBe("https://passerelle.example.fr/actualites/cpf-nouveautes");
    expect(child(first, "guid")?.text).toBe("https://passerelle.example.fr/actualites/cpf-nouveautes");
    expect(child(first, "pubDate")?.text).toBe("Fri, 20 Nov 2026 09:30:00 GMT");
    expect(child(first, "description")?.text).toBe("Les nouveautés <du> CPF & co.");
    expect(child(first, "category")?.text).toBe("Financement");
    expect(child(first, "enclosure")?.attributes).toMatchObject({
      url: "https://passerelle.example.fr/medias/img1",
      type: "image/webp",
      length: "1234",
    });
    // Without a summary, the start of the body as plain text.
    expect(child(second, "description")?.text).toBe("Titre Premier paragraphe. un point");
  });
});
