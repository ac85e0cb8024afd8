import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { domainCodes } from "../schema";
import { readAllCsv } from "./csv";

/** NSF domain codes (the Formacode thesaurus itself is not open data; Formacode labels come with feeds). */
export async function loadDomainCodes(db: DbOrTx): Promise<number> {
  const nsf = (await readAllCsv("referentiels/nsf_codes.csv")).map((r) => ({
    system: "nsf" as const,
    code: r.code!,
    label: r.libelle!,
    parentCode: r.code!.length === 3 && !r.code!.endsWith("0") ? `${r.code!.slice(0, 2)}0` : null,
  }));
  await db.execute(sql`delete from ${domainCodes} where ${domainCodes.system} = 'nsf'`);
  await db.insert(domainCodes).values(nsf);
  return nsf.length;
}
