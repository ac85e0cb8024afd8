/** Public address of an uploaded image (served by app/medias/[id]/route.ts from the configured store). */
export function mediaUrl(id: string): string {
  return `/medias/${encodeURIComponent(id)}`;
}
