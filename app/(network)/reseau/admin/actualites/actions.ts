"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { networkPostSchema } from "@/lib/validations/network-post";
import { removePost, savePost } from "@/lib/network/posts";
import { networkAction } from "@/lib/network/safe-action";

function revalidatePosts(id?: number) {
  revalidatePath("/reseau");
  revalidatePath("/reseau/actualites");
  revalidatePath("/reseau/admin/actualites");
  if (id) revalidatePath(`/reseau/actualites/${id}`);
}

/**
 * Creates or updates a network item. The wrapper parses with the French messages (the browser
 * already validated with the reader's language, so these only show if that was bypassed).
 */
export const saveNetworkPostAction = networkAction(
  { schema: networkPostSchema("fr"), permission: "network:publish" },
  async (values, { db, user, locale }) => {
    const result = await savePost(db, user, values, { locale });
    if (result.ok) revalidatePosts(result.data.id);
    return result;
  },
);

export const deleteNetworkPostAction = networkAction(
  { schema: z.object({ id: z.number().int().positive() }), permission: "network:publish" },
  async ({ id }, { db, user, locale }) => {
    const result = await removePost(db, user, { id, locale });
    if (result.ok) revalidatePosts(id);
    return result;
  },
);
