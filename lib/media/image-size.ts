import type { ImageMimeType } from "@/lib/validations/media";

/**
 * Width and height read from an image header, so pages can reserve the image's space before it
 * loads (no layout shift). Null when the header is not understood: the size is only a hint.
 */
export type ImageSize = { width: number; height: number };

function u16be(b: Uint8Array, i: number) {
  return (b[i]! << 8) | b[i + 1]!;
}
function u16le(b: Uint8Array, i: number) {
  return b[i]! | (b[i + 1]! << 8);
}
function u24le(b: Uint8Array, i: number) {
  return b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
}
function u32be(b: Uint8Array, i: number) {
  return ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
}

function png(b: Uint8Array): ImageSize | null {
  // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
  if (b.length < 24) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function gif(b: Uint8Array): ImageSize | null {
  if (b.length < 10) return null;
  return { width: u16le(b, 6), height: u16le(b, 8) };
}

function jpeg(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // Fill bytes, and markers without a length (restart, start/end of image).
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    // Start-of-frame markers (baseline, progressive, lossless...), not DHT (c4), JPG (c8) or DAC (cc).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

function webp(b: Uint8Array): ImageSize | null {
  if (b.length < 30) return null;
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (chunk === "VP8X") return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === "VP8 ") return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

const READERS: Record<ImageMimeType, (bytes: Uint8Array) => ImageSize | null> = {
  "image/png": png,
  "image/gif": gif,
  "image/jpeg": jpeg,
  "image/webp": webp,
};

export function readImageSize(bytes: Uint8Array, mimeType: ImageMimeType): ImageSize | null {
  const size = READERS[mimeType](bytes);
  if (!size || size.width < 1 || size.height < 1 || size.width > 100_000 || size.height > 100_000) return null;
  return size;
}
