import { inflateSync } from "node:zlib";

/**
 * The text of a PDF written by pdfkit with embedded fonts, page by page, one line per text
 * operation. Embedded fonts write glyph numbers, not letters, so the text is read back through
 * each font's ToUnicode map, as a PDF reader's copy and paste would. Enough for pdfkit's output
 * (no general PDF parser is installed).
 */

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const body = match[2]!;
    const streamAt = body.indexOf("stream");
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let start = streamAt + "stream".length;
    if (body[start] === "\r") start += 1;
    if (body[start] === "\n") start += 1;
    const raw = Buffer.from(body.slice(start, start + length), "latin1");
    objects.set(Number(match[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return objects;
}

function hexToString(hex: string): string {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** glyph code → text, from pdfkit's `<start> <end> [<u> <u> …]` bfrange entries. */
function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const ranges = /<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> \[([^\]]*)\]/g;
  for (let match = ranges.exec(cmap); match; match = ranges.exec(cmap)) {
    const start = parseInt(match[1]!, 16);
    const targets = [...match[3]!.matchAll(/<([0-9a-fA-F ]*)>/g)].map((m) => hexToString(m[1]!.replace(/ /g, "")));
    targets.forEach((target, i) => map.set(start + i, target));
  }
  return map;
}

export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(ref));
      const toUnicode = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
      const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream : null;
      if (cmap) fonts.set(name!, readToUnicode(cmap.toString("latin1")));
    }
  }
  const root = [...objects.values()].find((o) => /\/Type \/Pages/.test(o.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? "")?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((id) => {
    const page = objects.get(id)!;
    const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
    const lines: string[] = [];
    for (const [, ref] of contents) {
      const content = objects.get(Number(ref))?.stream?.toString("latin1") ?? "";
      let cmap = new Map<number, string>();
      const ops = /\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\] TJ|<([0-9a-fA-F]*)> Tj/g;
      for (let op = ops.exec(content); op; op = ops.exec(content)) {
        if (op[1]) {
          cmap = fonts.get(op[1]) ?? new Map();
          continue;
        }
        const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[3]!];
        let line = "";
        for (const hex of hexes) for (let i = 0; i + 4 <= hex.length; i += 4) line += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
        lines.push(line);
      }
    }
    return lines.join("\n");
  });
}

/** All the text, whitespace removed: a value wrapped over several lines of a cell is still found. */
export function compactPdfText(pdf: Buffer): string {
  return compact(pdfPages(pdf).join(""));
}

export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}
