import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { decodeXmlChunks } from "./decode";
import { LheoRejectedError } from "./errors";
import type { XmlElement } from "./xml-node";

export type LheoVersion = "2.2" | "2.3";

/** The root namespace is the only reliable version marker: 2.3 moved to a new domain. */
export const LHEO_NAMESPACES: Readonly<Record<string, LheoVersion>> = {
  "http://www.lheo.org/2.2": "2.2",
  "http://lheo.gouv.fr/2.3": "2.3",
};

export const DEFAULT_MAX_BYTES = 500 * 1024 * 1024;

/** Where the XML comes from: a file, or any byte/text stream (the demo seed streams generated XML). */
export type LheoInput =
  | { filePath: string }
  | { input: AsyncIterable<Buffer | Uint8Array | string>; fileName?: string };

export type ParseLheoOptions = {
  /** Files (or streams) larger than this are refused; default 500 MB. */
  maxBytes?: number;
  /** Longest accepted text node, in characters: bounds memory on hostile input. */
  maxTextLength?: number;
  /** Most elements accepted inside one `<formation>`: bounds memory on hostile input. */
  maxElementsPerFormation?: number;
  /** Called once, as soon as the root element has told which LHEO version the file is. */
  onVersion?: (version: LheoVersion) => void;
};

export type ParsedFormation = {
  /** 0-based position of the `<formation>` in the file. */
  index: number;
  version: LheoVersion;
  element: XmlElement;
};

const READ_CHUNK_BYTES = 256 * 1024;

function rootRejection(tag: SaxesTagNS): LheoRejectedError {
  if (tag.local === "lheo-index") {
    return new LheoRejectedError(
      "lheo-index",
      "Ce fichier n'est pas un flux d'offres LHEO : c'est un index LHEO (« lheo-index », résumés d'offres Intercarif), qui ne contient ni actions ni organismes complets. Demandez l'export LHEO complet des offres.",
    );
  }
  if (tag.local === "lheo") {
    const ns = tag.uri ? `« ${tag.uri} »` : "absent";
    return new LheoRejectedError(
      "unknown-namespace",
      `Espace de noms LHEO inconnu (${ns}) : seules les versions 2.2 (http://www.lheo.org/2.2) et 2.3 (http://lheo.gouv.fr/2.3) sont acceptées.`,
    );
  }
  return new LheoRejectedError("unknown-root", `Ce fichier n'est pas un flux LHEO : l'élément racine est « ${tag.name} » au lieu de « lheo ».`);
}

/** Maps saxes' English well-formedness errors to a rejection an operator can act on. */
function wellFormednessRejection(error: Error, atEnd: boolean, sawRoot: boolean, line: number, column: number): LheoRejectedError {
  const detail = error.message.replace(/^[^:]*:\d+:\d+: /, "");
  const position = { line, column };
  if (/undefined entity|disallowed character in entity name/.test(detail)) {
    return new LheoRejectedError("unknown-entity", `Entité XML inconnue dans le fichier (${detail}) : seules les entités XML standard sont acceptées.`, position);
  }
  if (atEnd && !sawRoot) {
    return new LheoRejectedError("empty", "Le fichier est vide ou ne contient aucun élément XML.");
  }
  if (atEnd && /unclosed tag|unexpected end/.test(detail)) {
    return new LheoRejectedError("truncated", `Fichier tronqué : la fin du document manque (${detail}).`, position);
  }
  return new LheoRejectedError("not-well-formed", `Le fichier n'est pas un XML bien formé : ${detail}`, position);
}

/**
 * A DOCTYPE is refused before saxes even buffers it: no DTD means no external entity (XXE) and
 * no entity expansion bomb, and nothing is ever fetched from disk or network. Only the prolog is
 * checked (text before the root element), so a "<!DOCTYPE" inside content is not a false alarm.
 */
function assertNoDoctype(text: string): void {
  if (!/<!DOCTYPE/i.test(text)) return;
  // Comments could hide a fake root ("<!-- <a> -->") in front of the DOCTYPE.
  const prolog = text.replace(/<!--[\s\S]*?-->/g, "");
  const doctype = prolog.search(/<!DOCTYPE/i);
  const root = prolog.search(/<[A-Za-z_]/);
  if (doctype >= 0 && (root < 0 || doctype < root)) throw doctypeRejection();
}

function doctypeRejection(): LheoRejectedError {
  return new LheoRejectedError(
    "doctype",
    "Le fichier contient une déclaration DOCTYPE, refusée par sécurité (entités externes, expansion d'entités) : un flux LHEO n'en a pas besoin.",
  );
}

async function openInput(source: LheoInput, maxBytes: number): Promise<AsyncIterable<Buffer | Uint8Array | string>> {
  if ("input" in source) return source.input;
  const info = await stat(source.filePath);
  if (info.size > maxBytes) {
    const mb = Math.round(maxBytes / (1024 * 1024));
    throw new LheoRejectedError("too-large", `Fichier trop volumineux : la taille maximale acceptée est de ${mb} Mo.`);
  }
  return createReadStream(source.filePath, { highWaterMark: READ_CHUNK_BYTES });
}

/**
 * Streams an LHEO file and yields one element tree per `/lheo/offres/formation`. Only the
 * current formation is held in memory, so memory stays flat whatever the file size; the reader
 * is paused while the consumer works on what was yielded. Throws `LheoRejectedError` for any
 * file-level problem, possibly after some formations were yielded (truncation is only visible
 * at the end): callers that write must do so in a transaction.
 */
export async function* parseLheo(source: LheoInput, options: ParseLheoOptions = {}): AsyncGenerator<ParsedFormation> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxText = options.maxTextLength ?? 1_000_000;
  const maxElements = options.maxElementsPerFormation ?? 100_000;
  const parser = new SaxesParser({ xmlns: true });

  let version: LheoVersion | undefined;
  let sawRoot = false;
  let prologTail = "";
  const outerPath: string[] = [];
  let stack: XmlElement[] = [];
  let elementCount = 0;
  let index = 0;
  const ready: ParsedFormation[] = [];

  // Second line of defence: the prolog scan below normally refuses the DOCTYPE before saxes sees it.
  parser.on("doctype", () => {
    throw doctypeRejection();
  });
  parser.on("opentagstart", () => {
    sawRoot = true;
  });
  parser.on("opentag", (tag) => {
    if (outerPath.length === 0 && stack.length === 0) {
      const found = tag.local === "lheo" ? LHEO_NAMESPACES[tag.uri] : undefined;
      if (!found) throw rootRejection(tag);
      version = found;
      options.onVersion?.(found);
    }
    if (stack.length > 0) {
      elementCount += 1;
      if (elementCount > maxElements) {
        throw new LheoRejectedError("too-complex", `Formation n° ${index + 1} anormalement complexe (plus de ${maxElements} éléments) : fichier refusé.`);
      }
      const el: XmlElement = { name: tag.local, attrs: plainAttributes(tag), text: "", children: [] };
      stack[stack.length - 1]?.children.push(el);
      stack.push(el);
      return;
    }
    if (tag.local === "formation" && outerPath.length === 2 && outerPath[1] === "offres") {
      elementCount = 1;
      stack = [{ name: "formation", attrs: plainAttributes(tag), text: "", children: [] }];
      return;
    }
    outerPath.push(tag.local);
  });
  const onText = (text: string) => {
    const el = stack[stack.length - 1];
    if (!el) return;
    if (el.text.length + text.length > maxText) {
      throw new LheoRejectedError("too-complex", `Texte anormalement long (plus de ${maxText} caractères) dans « ${el.name} » : fichier refusé.`);
    }
    el.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    if (stack.length === 0) {
      outerPath.pop();
      return;
    }
    const el = stack.pop();
    if (el?.text) el.text = detach(el.text);
    if (stack.length === 0 && el && version) {
      ready.push({ index, version, element: el });
      index += 1;
    }
  });

  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch (error) {
      if (error instanceof LheoRejectedError) throw error;
      throw wellFormednessRejection(error as Error, text === null, sawRoot, parser.line, parser.column);
    }
  };

  const input = await openInput(source, maxBytes);
  for await (const text of decodeXmlChunks(input, maxBytes)) {
    if (!sawRoot) {
      assertNoDoctype(prologTail + text);
      prologTail = text.slice(-16);
    }
    write(text);
    while (ready.length > 0) yield ready.shift() as ParsedFormation;
  }
  write(null);
  while (ready.length > 0) yield ready.shift() as ParsedFormation;
}

/**
 * saxes hands out substrings of the 256 KB input chunk, and V8 keeps the whole chunk alive for as
 * long as any such substring lives: one retained id (in a "seen" set, an anomaly) would pin
 * megabytes. Flattening a concatenation yields an independent copy.
 */
function detach(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

function plainAttributes(tag: SaxesTagNS): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) {
    if (a.prefix === "xmlns" || a.name === "xmlns") continue;
    attrs[a.local] = detach(a.value);
  }
  return attrs;
}
