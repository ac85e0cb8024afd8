import { LheoRejectedError } from "./errors";

/** Encodings real Carif feeds use; anything else is refused rather than decoded into garbage. */
const SUPPORTED_ENCODINGS: Record<string, string> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "iso-8859-1": "latin1",
  latin1: "latin1",
  "iso-8859-15": "iso-8859-15",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
};

/** Enough bytes to hold any sane XML declaration. */
const SNIFF_BYTES = 512;

function encodingOf(head: Buffer): string {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new LheoRejectedError("unsupported-encoding", "Encodage UTF-16 non pris en charge : le flux LHEO doit être en UTF-8.");
  }
  const prolog = head.toString("latin1");
  const match = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(prolog);
  if (!match?.[1]) return "utf-8";
  const label = SUPPORTED_ENCODINGS[match[1].toLowerCase()];
  if (!label) {
    throw new LheoRejectedError("unsupported-encoding", `Encodage « ${match[1]} » non pris en charge (UTF-8 ou ISO-8859-1 attendu).`);
  }
  return label;
}

function tooLarge(maxBytes: number): LheoRejectedError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new LheoRejectedError("too-large", `Fichier trop volumineux : la taille maximale acceptée est de ${mb} Mo.`);
}

/**
 * Turns a byte stream into text chunks, honouring the XML declaration's encoding and refusing
 * invalid byte sequences, and stops as soon as the size limit is crossed (a stream has no size
 * to check up front).
 */
export async function* decodeXmlChunks(
  input: AsyncIterable<Buffer | Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;

  const decode = (bytes: Buffer, stream: boolean): string => {
    decoder ??= new TextDecoder(encodingOf(bytes), { fatal: true });
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new LheoRejectedError("unsupported-encoding", "Le fichier contient des octets invalides pour son encodage déclaré.");
    }
  };

  for await (const chunk of input) {
    if (typeof chunk === "string") {
      // Already text (e.g. the generator's output): nothing to decode.
      total += Buffer.byteLength(chunk, "utf8");
      if (total > maxBytes) throw tooLarge(maxBytes);
      yield chunk;
      continue;
    }
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    if (!decoder) {
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = Buffer.concat(pending);
      pending = [];
      const text = decode(head, true);
      if (text) yield text;
      continue;
    }
    const text = decode(bytes, true);
    if (text) yield text;
  }
  const rest = decode(Buffer.concat(pending), false);
  if (rest) yield rest;
}
