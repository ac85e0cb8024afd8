/**
 * The email's HTML for an iframe's srcdoc, with a Content-Security-Policy that forbids scripts
 * and any network request (remote images would tell a tracker that an administrator opened it).
 * The iframe is sandboxed as well: this policy is a second lock, not the only one.
 */
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

export function sandboxedEmailHtml(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + POLICY + html.slice(head.index + head[0].length);
  return `<!doctype html><html><head>${POLICY}</head><body>${html}</body></html>`;
}

export type TextPart = { text: string; href?: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// Punctuation that ends a sentence after a link is not part of it.
const TRAILING = /[.,;:!?)\]]+$/;

/**
 * A plain-text email cut into text and links. Only http(s) addresses become links, so a
 * javascript: URL in a message stays inert text.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING, "");
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: href, href });
    last = match.index + href.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
