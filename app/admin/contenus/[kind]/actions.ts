"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ok } from "@/lib/actions/result";
import { authedAction } from "@/lib/actions/safe-action";
import { adminContentPath, CONTENT_KIND_META, CONTENT_KINDS, type ContentKind } from "@/lib/cms/kinds";
import { statusChangeMessage } from "@/lib/cms/labels";
import { changeContentStatus, getContentRow, restoreContentRevision } from "@/lib/cms/service";
import { getSearchEngine } from "@/lib/search/app";
import { restoreRevisionSchema, statusChangeSchema } from "@/lib/validations/content";

// The wrapper checks the permission; lib/cms/service checks it again, so no other caller can skip it.

const kindSchema = z.enum(CONTENT_KINDS, { error: "Type de contenu inconnu." });

/** Public pages that show records of this kind: the list, each record, the home page and the sitemap. */
function revalidatePublic(kind: ContentKind, slugs: string[]) {
  const meta = CONTENT_KIND_META[kind];
  revalidatePath(meta.publicListPath);
  for (const slug of slugs) revalidatePath(meta.publicPath(slug));
  revalidatePath("/");
  revalidatePath("/sitemap.xml");
}

/** Publish, unpublish (back to draft) or archive the rows selected in a list. */
export const changeContentStatusAction = authedAction(
  { schema: statusChangeSchema.extend({ kind: kindSchema }), permission: "content:publish" },
  async (input, { db, user }) => {
    const result = await changeContentStatus(
      { db, engine: getSearchEngine(), actor: user },
      { kind: input.kind, ids: input.ids, change: input.change },
    );
    if (!result.ok) return result;
    revalidatePath(adminContentPath(input.kind));
    revalidatePath("/admin/contenus");
    if (result.data.changed > 0) revalidatePublic(input.kind, result.data.slugs);
    return ok(result.data, statusChangeMessage(input.change, result.data.changed, result.data.unchanged));
  },
);

/** Put back the texts and settings of a former version; the state of publication stays as it is. */
export const restoreContentRevisionAction = authedAction(
  { schema: restoreRevisionSchema.extend({ kind: kindSchema }), permission: "content:edit" },
  async (input, { db, user }) => {
    const result = await restoreContentRevision({ db, engine: getSearchEngine(), actor: user }, input);
    if (!result.ok) return result;
    const base = adminContentPath(input.kind, `/${input.id}`);
    revalidatePath(adminContentPath(input.kind));
    revalidatePath(base);
    revalidatePath(`${base}/historique`);
    revalidatePath(`${base}/apercu`);
    const row = await getContentRow(db, input.kind, input.id);
    if (row?.status === "published") revalidatePublic(input.kind, [row.slug]);
    const message =
      result.data.version === null
        ? `Cette version est identique au contenu actuel : rien n'a changé.`
        : `Version ${input.version} restaurée : elle devient la version ${result.data.version}.`;
    return ok(result.data, message);
  },
);
