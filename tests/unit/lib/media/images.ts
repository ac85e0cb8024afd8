/** Minimal image headers for the upload tests: enough bytes for type detection and size reading. */

function u32be(n: number) {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}
function u16le(n: number) {
  return [n & 255, (n >>> 8) & 255];
}
function u24le(n: number) {
  return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
}
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** Pads to `size` bytes (a larger file with the same header). */
function padded(header: number[], size = 64) {
  const bytes = new Uint8Array(Math.max(size, header.length));
  bytes.set(header);
  return bytes;
}

export function pngBytes(width: number, height: number, size?: number) {
  return padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii("IHDR"), ...u32be(width), ...u32be(height), 8, 6, 0, 0, 0], size);
}

export function gifBytes(width: number, height: number) {
  return padded([...ascii("GIF89a"), ...u16le(width), ...u16le(height), 0, 0, 0]);
}

export function jpegBytes(width: number, height: number) {
  const app0 = [0xff, 0xe0, 0, 16, ...ascii("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return padded([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9], 128);
}

export function webpBytes(width: number, height: number) {
  const vp8x = [...ascii("VP8X"), 10, 0, 0, 0, 0, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)];
  const body = [...ascii("WEBP"), ...vp8x];
  return padded([...ascii("RIFF"), ...u16le(body.length), 0, 0, ...body]);
}

export const SVG_BYTES = new TextEncoder().encode(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);

export const TEXT_BYTES = new TextEncoder().encode("Ceci n'est pas une image, malgré son nom en .png\n".repeat(4));
