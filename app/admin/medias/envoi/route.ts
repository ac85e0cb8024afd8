import { getDb } from "@/db";
import { type ActionResult, FORBIDDEN, fail, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/request-ip";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getMediaStore } from "@/lib/media/storage";
import type { MediaSummary } from "@/lib/media/types";
import { uploadImage } from "@/lib/media/upload";
import { MEDIA_MAX_BYTES, MEDIA_MESSAGES, mediaAltSchema } from "@/lib/validations/media";

/**
 * Receives one image from the back-office editors (multipart form: `fichier`, optional `alt`)
 * and answers an ActionResult in JSON. A route rather than a server action: the editor uploads
 * while the form around it stays unsaved, and an action's body is capped by bodySizeLimit.
 */

/** Room for the multipart envelope and the alt text around the file. */
const ENVELOPE_BYTES = 64 * 1024;

function reply(status: number, body: ActionResult<MediaSummary>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, fail(SIGNED_OUT));
  if (user.mustChangePassword || !can(user, "content:edit") || !isSameOrigin(request)) return reply(403, fail(FORBIDDEN));

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
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      alt: alt.data,
      ip: clientIp(request.headers),
    });
    return reply(result.ok ? 201 : 400, result);
  } catch (error) {
    if (error instanceof ForbiddenError) return reply(403, fail(FORBIDDEN));
    console.error("[medias] envoi impossible :", error);
    return reply(500, fail(UNEXPECTED));
  }
}
