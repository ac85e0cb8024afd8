import { type ActionResult, fail, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import type { MediaSummary } from "@/lib/media/types";
import { MEDIA_MAX_BYTES, MEDIA_MESSAGES } from "@/lib/validations/media";

/**
 * The browser side of the media routes (app/admin/medias/envoi and /recents). Both answer an
 * ActionResult in JSON; anything else (a sign-in page after the session expired, a proxy error)
 * becomes a French message instead of an exception.
 */

export const UPLOAD_ENDPOINT = "/admin/medias/envoi";
export const RECENT_ENDPOINT = "/admin/medias/recents";

/** Uploads one image; `alt` is stored as the suggested alternative text of later uses. */
export type UploadImage = (file: File, alt: string | null) => Promise<ActionResult<MediaSummary>>;

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

export const uploadImageFile: UploadImage = async (file, alt) => {
  // Checked here too so a big file is refused before minutes of sending.
  if (file.size > MEDIA_MAX_BYTES) return fail(MEDIA_MESSAGES.tooLarge);
  const form = new FormData();
  form.set("fichier", file);
  if (alt) form.set("alt", alt);
  try {
    return await readResult<MediaSummary>(await fetch(UPLOAD_ENDPOINT, { method: "POST", body: form, credentials: "same-origin" }));
  } catch {
    return fail("L'envoi a échoué : vérifiez votre connexion puis réessayez.");
  }
};

export async function fetchRecentImages(signal?: AbortSignal): Promise<ActionResult<MediaSummary[]>> {
  try {
    return await readResult<MediaSummary[]>(await fetch(RECENT_ENDPOINT, { credentials: "same-origin", cache: "no-store", signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail("Les images récentes n'ont pas pu être chargées.");
  }
}
