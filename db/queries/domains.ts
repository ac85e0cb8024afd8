import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { domainCodes } from "@/db/schema";

/**
 * Labels of domain facet values ("nsf:221", "formacode:21540"), keyed by the value. Values the
 * referential does not hold (Formacode labels are not open data) are simply absent.
 */
export async function listDomainLabels(db: DbOrTx, params: { values: string[] }): Promise<Map<string, string>> {
  const parsed = params.values
    .map((value) => /^(nsf|formacode):(.{1,20})$/.exec(value))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ system: match[1] as "nsf" | "formacode", code: match[2] as string }));
  if (parsed.length === 0) return new Map();
  const conditions = (["nsf", "formacode"] as const)
    .map((system) => {
      const codes = parsed.filter((p) => p.system === system).map((p) => p.code);
      return codes.length > 0 ? and(eq(domainCodes.system, system), inArray(domainCodes.code, codes)) : undefined;
    })
    .filter((condition) => condition !== undefined);
  const rows = await db
    .select({ system: domainCodes.system, code: domainCodes.code, label: domainCodes.label })
    .from(domainCodes)
    .where(or(...conditions));
  return new Map(rows.map((row) => [`${row.system}:${row.code}`, row.label]));
}
