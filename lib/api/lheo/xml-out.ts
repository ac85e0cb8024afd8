/**
 * A small streaming XML writer for the LHEO export: elements are serialised as they are written,
 * so the bulk export never holds more than one batch of formations. Hand-written rather than a
 * library: xmlbuilder2's streaming builder costs about 0.1 ms per element (20 ms per formation,
 * a quarter of an hour for a 50,000-formation catalogue), and LHEO needs nothing beyond elements,
 * attributes and escaped text. Values are also made to fit the LHEO 2.3 schema's length facets
 * here, in one place, because stored data comes from feeds that do not always respect them.
 */

type Attrs = Record<string, string | null | undefined>;

// Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIALS = /[&<>\r]/g;
const ATTR_SPECIALS = /[&<>"\t\n\r]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Escaped so that parsers do not normalise them away (end-of-line and attribute normalisation).
  "\r": "&#13;",
  "\t": "&#9;",
  "\n": "&#10;",
};
const INDENT = "  ";

/** The value without the characters XML 1.0 forbids. */
export function xmlSafe(value: string): string {
  return value.replace(INVALID_XML, "");
}

export function escapeText(value: string): string {
  return xmlSafe(value).replace(TEXT_SPECIALS, (c) => ENTITIES[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(ATTR_SPECIALS, (c) => ENTITIES[c] ?? c);
}

/** The value cleaned of forbidden characters and cut to `max` characters (an ellipsis marks the cut). */
export function fit(value: string, max: number): string {
  const clean = xmlSafe(value);
  // Characters, not UTF-16 units, as the schema counts them; the common short case skips the split.
  if (clean.length <= max) return clean;
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  return `${chars.slice(0, Math.max(0, max - 1)).join("").trimEnd()}…`;
}

function attributes(attrs: Attrs | undefined): string {
  if (!attrs) return "";
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

export class XmlOut {
  private readonly stack: string[] = [];
  private buffer = "";

  /** `onData` receives the text in chunks (a line or more); call flush() to force the rest out. */
  constructor(private readonly onData: (chunk: string) => void) {}

  private line(text: string): void {
    this.buffer += `${INDENT.repeat(this.stack.length)}${text}\n`;
    if (this.buffer.length >= 16_384) this.flush();
  }

  flush(): void {
    if (this.buffer) this.onData(this.buffer);
    this.buffer = "";
  }

  declaration(): this {
    this.buffer += '<?xml version="1.0" encoding="UTF-8"?>\n';
    return this;
  }

  open(name: string, attrs?: Attrs): this {
    this.line(`<${name}${attributes(attrs)}>`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error("XmlOut: close() without open()");
    this.line(`</${name}>`);
    return this;
  }

  /** An element with children written by `body`. */
  node(name: string, attrs: Attrs | undefined, body: () => void): this {
    this.open(name, attrs);
    body();
    return this.close();
  }

  /** A leaf with text; nothing when the value is null or undefined. */
  leaf(name: string, value: string | number | null | undefined, attrs?: Attrs): this {
    if (value === null || value === undefined) return this;
    this.line(`<${name}${attributes(attrs)}>${escapeText(String(value))}</${name}>`);
    return this;
  }

  /** A text leaf cut to the schema's maximum length; nothing when empty. */
  text(name: string, value: string | null | undefined, max: number): this {
    if (value === null || value === undefined) return this;
    const fitted = fit(value, max).trim();
    return fitted ? this.leaf(name, fitted) : this;
  }

  /** Closes what is still open and hands out the rest. */
  end(): void {
    while (this.stack.length > 0) this.close();
    this.flush();
  }
}
