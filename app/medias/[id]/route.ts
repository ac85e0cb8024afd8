import { getDb } from "@/db";
import { getMedia, isMediaId } from "@/db/queries/media";
import { mediaAreaOfKey } from "@/lib/media/areas";
import { getMediaStore } from "@/lib/media/storage";

/**
 * Serves an uploaded image to anyone who has its address. Ids are random UUIDs, so addresses
 * cannot be guessed; an image placed in a draft is nevertheless reachable by whoever learns its
 * address before publication (accepted: images are meant to be published).
 *
 * Images of the alumni network (lib/media/areas.ts) follow the same rule, although the items they
 * illustrate are for members only: newsletters carry them to mail clients, which fetch images
 * without a session, so a session check would break them. An address is only given to those who
 * can see the item or the letter, and search engines are asked not to index these images.
 *
 * The bytes were checked to be JPEG, PNG, WebP or GIF at upload; nosniff and a CSP that allows
 * nothing keep a browser from ever treating them as a document.
 */

const HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
};

function notFound(): Response {
  return new Response("Image introuvable.", {
    status: 404,
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!isMediaId(id)) return notFound();
  const row = await getMedia(getDb(), { id });
  if (!row) return notFound();
  // An id names one file forever (a new upload gets a new id): the id is a strong validator.
  const etag = `"${row.id}"`;
  const cache = {
    ...HEADERS,
    ...(mediaAreaOfKey(row.storageKey) === "network" ? { "X-Robots-Tag": "noindex" } : {}),
    ETag: etag,
    "Cache-Control": "public, max-age=31536000, immutable",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: cache });
  const bytes = await getMediaStore().get(row.storageKey);
  if (!bytes) return notFound();
  return new Response(bytes.slice().buffer as ArrayBuffer, {
    headers: { ...cache, "Content-Type": row.mimeType, "Content-Length": String(bytes.byteLength) },
  });
}
