import "server-only";
import { type ContentKind, contentKindFromSegment } from "@/lib/cms/kinds";

/**
 * The kind and id of /admin/contenus/<segment>/<id>/…, or null for an unknown kind or an id
 * that is not a positive integer (the page then answers 404). Pages call it after their
 * permission check, so an anonymous visitor learns nothing from the address.
 */
export function parseContentRoute(params: { kind: string; id: string }): { kind: ContentKind; id: number } | null {
  const kind = contentKindFromSegment(params.kind);
  if (!kind || !/^\d{1,9}$/.test(params.id)) return null;
  const id = Number(params.id);
  return id > 0 ? { kind, id } : null;
}
