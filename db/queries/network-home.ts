import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { networkOrganisations } from "@/db/schema";

/** The name of an organisation member's organisation, for their welcome on the network home. */
export async function getOrganisationName(db: DbOrTx, params: { id: number | null | undefined }): Promise<string | null> {
  if (!params.id) return null;
  const [row] = await db.select({ name: networkOrganisations.name }).from(networkOrganisations).where(eq(networkOrganisations.id, params.id));
  return row?.name ?? null;
}
