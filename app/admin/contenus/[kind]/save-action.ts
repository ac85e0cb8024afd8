"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { type ActionResult, fail, fieldErrorsOf, INVALID_FORM, ok } from "@/lib/actions/result";
import { adminContentPath, CONTENT_KIND_META, CONTENT_KINDS, type ContentKind } from "@/lib/cms/kinds";
import { getContentRow, saveContent, type SavedContent } from "@/lib/cms/service";
import { getSearchEngine } from "@/lib/search/app";
import { CONTENT_FORM_SCHEMAS, type ContentFormValues } from "@/lib/validations/content";
import { savedMessage } from "./_lib/save-messages";

/**
 * Creates or updates one record of any kind from the back-office form. The envelope is checked
 * first (the wrapper then checks content:edit), then the values against the kind's own schema,
 * so a form posted for one kind can never be written into another kind's table.
 */
const saveContentSchema = z.object({
  kind: z.enum(CONTENT_KINDS, { error: "Type de contenu inconnu." }),
  id: z.coerce.number().int().positive().nullable().default(null),
  values: z.record(z.string(), z.unknown(), { error: "Formulaire vide." }),
});

export type SaveContentInput = z.input<typeof saveContentSchema>;

export const saveContentAction = authedAction(
  { schema: saveContentSchema, permission: "content:edit" },
  async (input, { db, user }): Promise<ActionResult<SavedContent>> => {
    const kind: ContentKind = input.kind;
    const parsed = CONTENT_FORM_SCHEMAS[kind].safeParse(input.values);
    if (!parsed.success) return fail(INVALID_FORM, fieldErrorsOf(parsed.error));

    const previous = input.id ? await getContentRow(db, kind, input.id) : null;
    // saveContent checks content:edit again, and content:publish for "Publié" or "Programmé".
    const result = await saveContent(
      { db, engine: getSearchEngine(), actor: user },
      { kind, id: input.id, values: parsed.data as ContentFormValues<typeof kind> },
    );
    if (!result.ok) return result;

    revalidateContent(kind, result.data, previous?.slug ?? null);
    return ok(result.data, savedMessage({ ...result.data, created: input.id === null, publishAt: parsed.data.publishAt }));
  },
);

function revalidateContent(kind: ContentKind, saved: SavedContent, previousSlug: string | null) {
  const meta = CONTENT_KIND_META[kind];
  revalidatePath(meta.publicListPath);
  revalidatePath(meta.publicPath(saved.slug));
  // A changed address leaves the old page to answer "not found" rather than stale content.
  if (previousSlug && previousSlug !== saved.slug) revalidatePath(meta.publicPath(previousSlug));
  revalidatePath("/");
  revalidatePath("/sitemap.xml");
  revalidatePath(adminContentPath(kind));
  revalidatePath(adminContentPath(kind, `/${saved.id}`));
}
