/**
 * Free-text fields of real feeds carry escaped HTML (`&lt;br /&gt;`, `&amp;eacute;`) typed in the
 * Carifs' back offices. After XML decoding that is literal markup; it is turned into plain text
 * with paragraph breaks kept, because pages render these fields as text, never as HTML.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ",
  eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", Eacute: "É", Egrave: "È", Ecirc: "Ê",
  agrave: "à", acirc: "â", auml: "ä", Agrave: "À", Acirc: "Â",
  icirc: "î", iuml: "ï", Icirc: "Î", ocirc: "ô", ouml: "ö", Ocirc: "Ô",
  ugrave: "ù", ucirc: "û", uuml: "ü", Ugrave: "Ù", Ucirc: "Û",
  ccedil: "ç", Ccedil: "Ç", oelig: "œ", OElig: "Œ", aelig: "æ", AElig: "Æ", yuml: "ÿ",
  rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", laquo: "«", raquo: "»", sbquo: "‚", bdquo: "„",
  hellip: "…", ndash: "–", mdash: "—", bull: "•", middot: "·", deg: "°", euro: "€",
  copy: "©", reg: "®", trade: "™", sect: "§", para: "¶", times: "×", frac12: "½", sup2: "²",
};

const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/;
const ENTITY = /&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

export function containsHtml(text: string): boolean {
  return TAG.test(text) || ENTITY.test(text);
}

/** Plain text from HTML-ish input: block tags become line breaks, other tags are dropped. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(?:p|div|h[1-6]|ul|ol|table|tr|blockquote)(?:\s[^<>]*)?>/gi, "\n\n")
    .replace(/<li(?:\s[^<>]*)?>/gi, "\n- ")
    .replace(/<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g, "");
  return decodeHtmlEntities(withBreaks);
}

/** Normalises whitespace while keeping paragraphs: at most one blank line in a row. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Values feeds use to mean "nothing here" in mandatory text fields. */
const PLACEHOLDERS = new Set(["-", "--", ".", "?", "NC", "N/C", "nc", "néant", "Néant"]);

export type CleanText = { text: string | null; hadHtml: boolean };

export function cleanText(raw: string | undefined): CleanText {
  if (raw === undefined) return { text: null, hadHtml: false };
  const hadHtml = containsHtml(raw);
  const text = tidyText(hadHtml ? htmlToText(raw) : raw);
  return { text: text && !PLACEHOLDERS.has(text) ? text : null, hadHtml };
}
