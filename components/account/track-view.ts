import "server-only";
import { unstable_rethrow } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db";
import { type RecentViewInput, recordRecentView } from "@/lib/account/recent-views";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";

/**
 * Called by detail pages: adds the page to the signed-in visitor's history once the response is
 * sent, so it neither slows nor ever fails the page. Anonymous visits leave no trace.
 */
export async function trackRecentView(item: RecentViewInput): Promise<void> {
  try {
    const user = await getCurrentUser();
    if (!user || !can(user, "account:use")) return;
    after(async () => {
      try {
        await recordRecentView(getDb(), user, item);
      } catch (error) {
        console.error("[recent-views] enregistrement", error);
      }
    });
  } catch (error) {
    // Next signals dynamic rendering by throwing from cookies(): that one must reach it.
    unstable_rethrow(error);
    console.error("[recent-views] lecture de la session", error);
  }
}
