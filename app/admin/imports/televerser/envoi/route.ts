import { getDb } from "@/db";
import { type ActionResult, FORBIDDEN, fail, ok, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getEnv } from "@/lib/env";
import { UploadError, type UploadResult, uploadImportFile } from "@/lib/import/upload";
import { getSearchEngine } from "@/lib/search/app";
import { importUploadSchema } from "@/lib/validations/import-upload";

/**
 * Receives an LHEO file as the raw request body (`?nom=…&mode=…`) and streams it to disk: a
 * multipart form read with request.formData() would hold the whole file in memory, and a server
 * action is capped by serverActions.bodySizeLimit. Answers an ActionResult in JSON.
 */

function reply(status: number, body: ActionResult<UploadResult>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, fail(SIGNED_OUT));
  if (user.mustChangePassword || !can(user, "imports:upload") || !isSameOrigin(request)) return reply(403, fail(FORBIDDEN));

  const url = new URL(request.url);
  const parsed = importUploadSchema.safeParse({ nom: url.searchParams.get("nom") ?? "", mode: url.searchParams.get("mode") ?? "" });
  if (!parsed.success) return reply(400, fail(parsed.error.issues[0]?.message ?? UNEXPECTED));
  if (!request.body) return reply(400, fail("Aucun fichier n'a été reçu. Choisissez un fichier puis recommencez."));
  const declared = Number.parseInt(request.headers.get("content-length") ?? "", 10);

  try {
    const result = await uploadImportFile(
      getDb(),
      user,
      { name: parsed.data.nom, size: Number.isFinite(declared) ? declared : null, stream: request.body },
      { mode: parsed.data.mode, dataDir: getEnv().DATA_DIR, engine: getSearchEngine() },
    );
    return reply(200, ok(result));
  } catch (error) {
    if (error instanceof UploadError) return reply(error.code === "too-large" ? 413 : 400, fail(error.message));
    if (error instanceof ForbiddenError) return reply(403, fail(FORBIDDEN));
    console.error("[import] téléversement impossible :", error);
    return reply(500, fail(UNEXPECTED));
  }
}
