import { describe, expect, it } from "vitest";
import { readImageSize } from "@/lib/media/image-size";
import { gifBytes, jpegBytes, pngBytes, webpBytes } from "./images";

describe("readImageSize", () => {
  it.each([
    ["image/png", pngBytes(1200, 630)],
    ["image/gif", gifBytes(1200, 630)],
    ["image/jpeg", jpegBytes(1200, 630)],
    ["image/webp", webpBytes(1200, 630)],
  ] as const)("reads the size of a %s header", (mime, bytes) => {
    expect(readImageSize(bytes, mime)).toEqual({ width: 1200, height: 630 });
  });

  it("gives null for a truncated or foreign header", () => {
    expect(readImageSize(pngBytes(10, 10).slice(0, 12), "image/png")).toBeNull();
    expect(readImageSize(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]), "image/jpeg")).toBeNull();
    expect(readImageSize(pngBytes(0, 10), "image/png")).toBeNull();
  });
});
