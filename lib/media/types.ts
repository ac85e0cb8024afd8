/** What the back office gets back about an uploaded image (upload answer, recent uploads, image fields). */
export type MediaSummary = {
  id: string;
  /** Public address, from mediaUrl(id). */
  url: string;
  /** Suggested alternative text; each use of the image may say otherwise. */
  alt: string | null;
  width: number | null;
  height: number | null;
  originalName: string;
};
