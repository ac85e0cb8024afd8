import { queryWords } from "./text";

/**
 * Acronyms of French training and employment that users type instead of the full name (and the
 * reverse). Each group lists equivalent terms; both engines use the same list: Meilisearch as its
 * `synonyms` setting, PostgreSQL by expanding the query into alternatives.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["cap", "certificat d'aptitude professionnelle"],
  ["bep", "brevet d'études professionnelles"],
  ["bts", "brevet de technicien supérieur"],
  ["bp", "brevet professionnel"],
  ["bac pro", "baccalauréat professionnel"],
  ["dut", "diplôme universitaire de technologie"],
  ["tp", "titre professionnel"],
  ["vae", "validation des acquis de l'expérience"],
  ["cpf", "compte personnel de formation"],
  ["rncp", "répertoire national des certifications professionnelles"],
  ["poei", "préparation opérationnelle à l'emploi individuelle"],
  ["poec", "préparation opérationnelle à l'emploi collective"],
  ["afpr", "action de formation préalable au recrutement"],
  ["cfa", "centre de formation d'apprentis"],
  ["caces", "certificat d'aptitude à la conduite en sécurité"],
  ["ssiap", "service de sécurité incendie et d'assistance à personnes"],
  ["bafa", "brevet d'aptitude aux fonctions d'animateur"],
  ["deaes", "diplôme d'état d'accompagnant éducatif et social"],
  ["cléa", "certificat de connaissances et de compétences professionnelles"],
];

/** For Meilisearch: every term maps to the other terms of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      synonyms[term] = group.filter((other) => other !== term);
    }
  }
  return synonyms;
}

/** One position of the query: the user's word, or the alternatives of a synonym group found there. */
export type QuerySlot = { alternatives: string[][]; synonym: boolean };

const groupsAsWords = SYNONYM_GROUPS.map((group) => group.map((term) => queryWords(term)));

/**
 * Splits normalized query words into slots, replacing the longest synonym term found at each
 * position by all the terms of its group ("cap cuisine" -> [cap | certificat ... professionnelle] [cuisine]).
 */
export function expandQuery(words: string[]): QuerySlot[] {
  const slots: QuerySlot[] = [];
  let i = 0;
  while (i < words.length) {
    let best: { group: string[][]; length: number } | null = null;
    for (const group of groupsAsWords) {
      for (const term of group) {
        const fits = term.length > 0 && term.every((word, k) => words[i + k] === word);
        if (fits && (!best || term.length > best.length)) best = { group, length: term.length };
      }
    }
    if (best) {
      slots.push({ alternatives: best.group, synonym: true });
      i += best.length;
    } else {
      slots.push({ alternatives: [[words[i] as string]], synonym: false });
      i += 1;
    }
  }
  return slots;
}
