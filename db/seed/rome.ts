import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import {
  type NewTrade,
  tradeAppellations,
  tradeDomains,
  tradeGreatDomains,
  tradeMobilities,
  trades,
  tradeSkills,
} from "../schema";
import { bulkInsert } from "../bulk-insert";
import { readAllCsv, readCsv } from "./csv";

const SKILL_KIND_BY_RUBRIQUE: Record<string, "savoir-faire" | "savoir-etre" | "savoir"> = {
  "1": "savoir-faire",
  "2": "savoir-etre",
  "3": "savoir",
};

// ROME flags are "" / "N" / "O" / free text; only an explicit yes counts.
const yes = (value: string | undefined) => value === "O" || value === "Oui" || value === "1";

export type RomeCounts = {
  greatDomains: number;
  domains: number;
  trades: number;
  appellations: number;
  skills: number;
  mobilities: number;
};

async function loadTexts() {
  const texts = new Map<string, { definition: string[]; access: string[] }>();
  const rows = await readAllCsv("rome/texte.csv.gz");
  rows.sort((a, b) => Number(a.position_phrase) - Number(b.position_phrase));
  for (const row of rows) {
    const code = row.code_rome!;
    const entry = texts.get(code) ?? { definition: [], access: [] };
    // texte.csv alone escapes apostrophes SQL-style ("l''analyse"); the other files do not.
    const text = row.libelle_texte!.replace(/''/g, "'");
    if (row.libelle_type_texte === "definition") entry.definition.push(text);
    else if (row.libelle_type_texte === "acces_metier") entry.access.push(text);
    texts.set(code, entry);
  }
  return texts;
}

async function loadSkillLabels() {
  const labels = new Map<string, { label: string; category: string | null }>();
  for await (const row of readCsv("rome/item.csv.gz")) labels.set(row.code_ogr!, { label: row.libelle!, category: null });
  const contexts = new Map<string, { label: string; category: string | null }>();
  for await (const row of readCsv("rome/referentiel_contexte_travail.csv.gz")) {
    contexts.set(row.code_ogr!, { label: row.libelle_cont_travail!, category: row.libelle_type_cont_trav ?? null });
  }
  return { labels, contexts };
}

/**
 * Loads the full ROME 4.60 referential (domains, 1,584 codes, 13,120 job titles, texts, skills,
 * mobility) in one pass. Replaces what is there, so a newer ROME version can be loaded the same way.
 */
export async function loadRome(db: DbOrTx): Promise<RomeCounts> {
  const greatDomains = (await readAllCsv("rome/grand_domaine.csv.gz")).map((r) => ({
    code: r.code_grand_domaine!,
    label: r.libelle_grand_domaine!,
  }));
  const domains = (await readAllCsv("rome/domaine_professionnel.csv.gz")).map((r) => ({
    code: r.code_domaine_professionnel!,
    label: r.libelle_domaine_professionnel!,
    greatDomainCode: r.code_domaine_professionnel!.slice(0, 1),
  }));
  const texts = await loadTexts();
  const tradeRows: NewTrade[] = (await readAllCsv("rome/referentiel_code_rome.csv.gz")).map((r) => {
    const text = texts.get(r.code_rome!);
    return {
      code: r.code_rome!,
      label: r.libelle_rome!,
      ogrCode: r.code_ogr || null,
      ficheCode: r.code_fiche_metier || null,
      parentCode: r.code_rome_parent || r.code_rome!,
      domainCode: r.code_rome!.slice(0, 3),
      transitionEco: r.transition_eco || null,
      transitionNum: yes(r.transition_num),
      transitionDemo: yes(r.transition_demo),
      regulated: yes(r.emploi_reglemente),
      executive: yes(r.emploi_cadre),
      definition: text?.definition ?? [],
      accessConditions: text?.access ?? [],
      medianNetMonthlySalary: null,
    };
  });
  const tradeCodes = new Set(tradeRows.map((t) => t.code));
  const appellations = (await readAllCsv("rome/referentiel_appellation.csv.gz"))
    .filter((r) => tradeCodes.has(r.code_rome!))
    .map((r) => ({
      ogrCode: r.code_ogr!,
      tradeCode: r.code_rome!,
      label: r.libelle_appellation_long!,
      shortLabel: r.libelle_appellation_court || r.libelle_appellation_long!,
      classification: r.classification || null,
      rarelyUsed: r.peu_usite === "O",
    }));
  const mobilities = (await readAllCsv("rome/rubrique_mobilite.csv.gz"))
    .filter((r) => tradeCodes.has(r.code_rome!) && tradeCodes.has(r.code_rome_cible!) && r.code_rome !== r.code_rome_cible)
    .map((r) => ({ tradeCode: r.code_rome!, targetCode: r.code_rome_cible!, rank: Number(r.numero_ordre) || 0 }));

  const { labels, contexts } = await loadSkillLabels();
  const skills: (typeof tradeSkills.$inferInsert)[] = [];
  const seen = new Set<string>();
  for await (const r of readCsv("rome/liens_rome_referentiels.csv.gz")) {
    const bloc = r.code_compo_bloc;
    const kind = bloc === "5" ? SKILL_KIND_BY_RUBRIQUE[r.code_rubrique!] : bloc === "6" ? "contexte" : undefined;
    if (!kind || !tradeCodes.has(r.code_rome!)) continue;
    const entry = kind === "contexte" ? contexts.get(r.code_ogr!) : labels.get(r.code_ogr!);
    const key = `${r.code_rome}|${r.code_ogr}|${kind}`;
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    skills.push({ tradeCode: r.code_rome!, ogrCode: r.code_ogr!, kind, label: entry.label, category: entry.category });
  }

  await db.execute(
    sql`truncate table ${tradeSkills}, ${tradeMobilities}, ${tradeAppellations}, ${trades}, ${tradeDomains}, ${tradeGreatDomains} cascade`,
  );
  await db.insert(tradeGreatDomains).values(greatDomains);
  await db.insert(tradeDomains).values(domains);
  await bulkInsert(db, trades, tradeRows);
  await bulkInsert(db, tradeAppellations, appellations);
  await bulkInsert(db, tradeMobilities, mobilities);
  await bulkInsert(db, tradeSkills, skills);

  return {
    greatDomains: greatDomains.length,
    domains: domains.length,
    trades: tradeRows.length,
    appellations: appellations.length,
    skills: skills.length,
    mobilities: mobilities.length,
  };
}
