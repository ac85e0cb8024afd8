import { type ActionResult, fail, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import type { MediaArea } from "@/lib/media/areas";
import type { MediaSummary } from "@/lib/media/types";
import { MEDIA_MAX_BYTES, MEDIA_MESSAGES } from "@/lib/validations/media";

/**
 * The browser side of the media routes of each area (lib/media/areas.ts): app/admin/medias/* for
 * the portal's back office, app/(network)/reseau/admin/medias/* for the network's editors. Both
 * answer an ActionResult in JSON; anything else (a sign-in page after the session expired, a
 * proxy error) becomes a French message instead of an exception.
 */

export const MEDIA_ENDPOINTS: Record<MediaArea, { upload: string; recent: string }> = {
  portal: { upload: "/admin/medias/envoi", recent: "/admin/medias/recents" },
  network: { upload: "/reseau/admin/medias/envoi", recent: "/reseau/admin/medias/recents" },
};

export const UPLOAD_FAILED = "L'envoi a échoué : vérifiez votre connexion puis réessayez.";
export const RECENT_FAILED = "Les images récentes n'ont pas pu être chargées.";

/** Uploads one image; `alt` is stored as the suggested alternative text of later uses. */
export type UploadImage = (file: File, alt: string | null) => Promise<ActionResult<MediaSummary>>;

/** The latest uploads of an area, for the picker. */
export type FetchRecentImages = (signal?: AbortSignal) => Promise<ActionResult<MediaSummary[]>>;

async function readResult<T>(response: Response): Promise<ActionResult<T>> {
  if (response.redirected || response.status === 401) return fail(SIGNED_OUT);
  try {
    const body = (await response.json()) as ActionResult<T>;
    if (typeof body === "object" && body !== null && "ok" in body) return body;
  } catch {
    // Not JSON: answered below.
  }
  return fail(response.status === 413 ? MEDIA_MESSAGES.tooLarge : UNEXPECTED);
}

export function imageUploader(area: MediaArea): UploadImage {
  return async (file, alt) => {
    // Checked here too so a big file is refused before minutes of sending.
    if (file.size > MEDIA_MAX_BYTES) return fail(MEDIA_MESSAGES.tooLarge);
    const form = new FormData();
    form.set("fichier", file);
    if (alt) form.set("alt", alt);
    try {
      return await readResult<MediaSummary>(await fetch(MEDIA_ENDPOINTS[area].upload, { method: "POST", body: form, credentials: "same-origin" }));
    } catch {
      return fail(UPLOAD_FAILED);
    }
  };
}

export function recentImagesFetcher(area: MediaArea): FetchRecentImages {
  return async (signal) => {
    try {
      return await readResult<MediaSummary[]>(await fetch(MEDIA_ENDPOINTS[area].recent, { credentials: "same-origin", cache: "no-store", signal }));
    } catch (error) {
      if (signal?.aborted) throw error;
      return fail(RECENT_FAILED);
    }
  };
}

/** The portal's back office, the default of the image fields and the editor. */
export const uploadImageFile: UploadImage = imageUploader("portal");
export const fetchRecentImages: FetchRecentImages = recentImagesFetcher("portal");
