import sanitizeHtml from "sanitize-html";

/**
 * The one gate rich text passes before it is stored or shown: what the back-office editor can
 * produce (headings, lists, links, tables, images, embedded video), nothing else. Scripts, event
 * handlers, styles and foreign iframes are dropped.
 */
const VIDEO_HOSTS = ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com", "www.dailymotion.com"];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "p", "br", "hr", "strong", "em", "s", "u", "sub", "sup", "code", "blockquote",
    "ul", "ol", "li", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td", "caption",
    "div", "iframe",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "alt", "width", "height", "title"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
    div: ["data-youtube-video"],
    iframe: ["src", "title", "width", "height", "allowfullscreen", "allow", "loading"],
  },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowedIframeHostnames: VIDEO_HOSTS,
  allowProtocolRelative: false,
  // An iframe whose address was refused above would stay as an empty frame; empty paragraphs
  // (the editor's trailing one, blank lines used as spacing) only add gaps.
  exclusiveFilter: (frame) =>
    (frame.tag === "iframe" && !frame.attribs.src) || (frame.tag === "p" && !frame.text.trim() && frame.mediaChildren.length === 0),
  transformTags: {
    // Links that leave the site open where the author wanted but never hand window.opener over.
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === "_blank" ? { ...attribs, rel: "noopener noreferrer" } : attribs,
    }),
    // Headings start at h2: the page title is the only h1.
    h1: "h2",
  },
};

export function sanitizeRichText(html: string | null | undefined): string {
  if (!html) return "";
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text typed before the editor existed (or by a script) as paragraphs of escaped HTML. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
