import "server-only";
import { getDb } from "@/db";
import { listRecentMedia } from "@/db/queries/media";
import { type ActionResult, FORBIDDEN, fail, ok, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/request-ip";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { MEDIA_MAX_BYTES, MEDIA_MESSAGES, mediaAltSchema } from "@/lib/validations/media";
import { MEDIA_UPLOAD_PERMISSION, type MediaArea } from "./areas";
import { getMediaStore } from "./storage";
import type { MediaSummary } from "./types";
import { uploadImage } from "./upload";

/**
 * The media route handlers of both areas (app/admin/medias/* for the portal, app/(network)/reseau/
 * admin/medias/* for the network): one code path, so both make the same checks (session, password
 * to change, same origin, the area's permission, size, type read from the bytes). Answers are
 * ActionResults in JSON; the editors translate the French messages themselves.
 *
 * Routes rather than server actions: the editor uploads while the form around it stays unsaved,
 * and an action's body is capped by bodySizeLimit.
 */

/** Room for the multipart envelope and the alt text around the file. */
const ENVELOPE_BYTES = 64 * 1024;

const RECENT_MEDIA_LIMIT = 30;

function reply<T>(status: number, body: ActionResult<T>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** Receives one image (multipart form: `fichier`, optional `alt`) into `area`. */
export async function receiveImageUpload(request: Request, area: MediaArea): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, fail(SIGNED_OUT));
  if (user.mustChangePassword || !can(user, MEDIA_UPLOAD_PERMISSION[area]) || !isSameOrigin(request)) return reply(403, fail(FORBIDDEN));

  // Refused before reading: the whole form is held in memory once parsed.
  const declared = Number.parseInt(request.headers.get("content-length") ?? "", 10);
  if (Number.isFinite(declared) && declared > MEDIA_MAX_BYTES + ENVELOPE_BYTES) return reply(413, fail(MEDIA_MESSAGES.tooLarge));

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply(400, fail(MEDIA_MESSAGES.missingFile));
  }
  const file = form.get("fichier");
  if (!(file instanceof File) || file.size === 0) return reply(400, fail(MEDIA_MESSAGES.missingFile));
  if (file.size > MEDIA_MAX_BYTES) return reply(413, fail(MEDIA_MESSAGES.tooLarge));
  const alt = mediaAltSchema.safeParse(typeof form.get("alt") === "string" ? form.get("alt") : "");
  if (!alt.success) return reply(400, fail(alt.error.issues[0]?.message ?? UNEXPECTED, { alt: alt.error.issues.map((i) => i.message) }));

  try {
    const result = await uploadImage(getDb(), getMediaStore(), {
      actor: user,
      area,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      alt: alt.data,
      ip: clientIp(request.headers),
    });
    return reply<MediaSummary>(result.ok ? 201 : 400, result);
  } catch (error) {
    if (error instanceof ForbiddenError) return reply(403, fail(FORBIDDEN));
    console.error("[medias] envoi impossible :", error);
    return reply(500, fail(UNEXPECTED));
  }
}

/** The latest uploads of `area`, for its image pickers. */
export async function listRecentImages(area: MediaArea): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, fail(SIGNED_OUT));
  if (user.mustChangePassword || !can(user, MEDIA_UPLOAD_PERMISSION[area])) return reply(403, fail(FORBIDDEN));
  return reply<MediaSummary[]>(200, ok(await listRecentMedia(getDb(), { area, limit: RECENT_MEDIA_LIMIT })));
}
