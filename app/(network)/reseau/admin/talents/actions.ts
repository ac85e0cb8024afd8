"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setFeatured } from "@/lib/network/talents";
import { networkAction } from "@/lib/network/safe-action";

/** Puts an approved alumni forward on the network home, or takes them off it (audited). */
export const setTalentFeaturedAction = networkAction(
  { schema: z.object({ userId: z.string().min(1).max(100), featured: z.boolean() }), permission: "network:publish" },
  async ({ userId, featured }, { db, user, locale }) => {
    const result = await setFeatured(db, user, { userId, featured, locale });
    if (result.ok) {
      revalidatePath("/reseau");
      revalidatePath("/reseau/admin/talents");
    }
    return result;
  },
);
