import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { lheoCodes } from "@/db/schema";
import { euLevelFor, isObsoleteCode, LHEO_DICTS, type LheoDictName } from "./codes";

/**
 * Writes every LHEO dictionary into `lheo_codes` (idempotent: labels are refreshed), so SQL
 * reports and the back office can join on labels. dict-niveaux rows carry their European level,
 * 0 when the code stands for none.
 */
export async function loadLheoCodes(db: DbOrTx): Promise<number> {
  const rows = (Object.keys(LHEO_DICTS) as LheoDictName[]).flatMap((dict) =>
    Object.entries(LHEO_DICTS[dict]).map(([code, label]: [string, string]) => ({
      dict,
      code,
      label,
      euLevel: dict === "dict-niveaux" ? (euLevelFor(code) ?? 0) : null,
      obsolete: isObsoleteCode(dict, code) ? 1 : 0,
    })),
  );
  await db
    .insert(lheoCodes)
    .values(rows)
    .onConflictDoUpdate({
      target: [lheoCodes.dict, lheoCodes.code],
      set: { label: sql`excluded.label`, euLevel: sql`excluded.eu_level`, obsolete: sql`excluded.obsolete` },
    });
  return rows.length;
}
