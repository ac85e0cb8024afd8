/**
 * Search latency on the embedded engine: 50,000 synthetic formations in an in-memory PGlite,
 * indexed through the engine, then a typical mix of faceted queries. Prints figures, asserts nothing.
 *
 *   npx tsx --conditions=react-server bench/search.ts [--docs 50000] [--queries 200] [--no-text-cache]
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import type { SearchDocument, SearchQuery } from "@/lib/search/types";

const { values: args } = parseArgs({
  options: {
    docs: { type: "string", default: "50000" },
    queries: { type: "string", default: "200" },
    "no-text-cache": { type: "boolean", default: false },
  },
});
const DOCS = Number(args.docs);
const QUERIES = Number(args.queries);
const TODAY = "2026-03-02";

// Deterministic data and query mix, so runs compare.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const TRADES = [
  "Pâtissier", "Boulanger", "Cuisinier", "Serveur en restauration", "Mécanicien aéronautique", "Mécanicien automobile",
  "Technicien de maintenance industrielle", "Développeur web et web mobile", "Concepteur développeur d'applications",
  "Technicien systèmes et réseaux", "Assistant comptable", "Gestionnaire de paie", "Secrétaire assistant", "Aide-soignant",
  "Auxiliaire de puériculture", "Accompagnant éducatif et social", "Électricien d'équipement du bâtiment",
  "Plombier chauffagiste", "Maçon", "Menuisier agenceur", "Peintre en bâtiment", "Plaquiste", "Agent de sécurité",
  "Conducteur de bus", "Cariste", "Préparateur de commandes", "Agent de propreté", "Vendeur conseil en magasin",
  "Manager d'unité marchande", "Soudeur", "Chaudronnier", "Usineur", "Jardinier paysagiste", "Ouvrier viticole",
  "Agent d'accueil", "Conseiller relation client à distance", "Coiffeur", "Esthéticienne", "Fleuriste", "Boucher",
  "Charcutier traiteur", "Opérateur de production", "Technicien en électronique", "Dessinateur projeteur",
  "Assistant ressources humaines", "Formateur professionnel d'adultes", "Réceptionniste en hôtellerie",
  "Community manager", "Designer web", "Data analyst", "Technicien d'assistance informatique", "Infirmier",
];
const PREFIXES = ["", "", "CAP ", "Titre professionnel ", "BTS ", "Bac pro ", "Préparation au métier de ", "Initiation : "];
const SUFFIXES = ["", "", "", " en alternance", " - parcours individualisé", " (perfectionnement)", " - module 1"];
const SENTENCES = [
  "Cette formation prépare aux techniques professionnelles du métier.",
  "Les stagiaires alternent apports théoriques et mises en situation en entreprise.",
  "La certification est reconnue au RNCP et éligible au compte personnel de formation.",
  "Accessible aux demandeurs d'emploi, salariés et personnes en reconversion.",
  "Le parcours comprend un stage pratique de plusieurs semaines.",
  "Les compétences visées portent sur la sécurité, la qualité et la relation client.",
  "Un positionnement initial permet d'adapter la durée du parcours.",
  "Financement possible par la Région Occitanie dans le cadre du programme régional.",
  "Les cours ont lieu en présentiel et à distance selon les modules.",
  "Un accompagnement personnalisé est proposé tout au long de la formation.",
];
const DEPARTMENTS: [string, number, number, number][] = [
  ["31", 43.6, 1.44, 6], ["34", 43.61, 3.88, 5], ["30", 43.84, 4.36, 3], ["66", 42.69, 2.89, 2], ["11", 43.21, 2.35, 2],
  ["81", 43.93, 2.15, 2], ["65", 43.23, 0.08, 2], ["82", 44.02, 1.35, 1], ["12", 44.35, 2.57, 1], ["09", 42.96, 1.61, 1],
  ["32", 43.65, 0.59, 1], ["46", 44.45, 1.44, 1], ["48", 44.52, 3.5, 1],
];
const WEIGHTED_DEPARTMENTS = DEPARTMENTS.flatMap((d) => Array.from({ length: d[3] }, () => d));

function addDays(days: number): string {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function syntheticFormation(i: number): SearchDocument {
  const trade = pick(TRADES);
  const title = `${pick(PREFIXES)}${trade}${pick(SUFFIXES)}`;
  const places = Array.from({ length: random() < 0.2 ? 2 : 1 }, () => pick(WEIGHTED_DEPARTMENTS));
  const regionFunded = random() < 0.3;
  const financing = [...(regionFunded ? ["region"] : []), ...(random() < 0.5 ? ["cpf"] : []), ...(random() < 0.2 ? ["opco"] : [])];
  const dates = Array.from({ length: int(0, 3) }, () => {
    const start = int(-200, 700);
    return { start: addDays(start), end: addDays(start + int(1, 300)) };
  });
  return {
    kind: "formation",
    id: String(i),
    title,
    subtitle: `Organisme ${int(1, 800)} — ${places.map((p) => p[0]).join(", ")}`,
    body: Array.from({ length: int(3, 6) }, () => pick(SENTENCES)).join(" ") + ` Métier visé : ${trade}.`,
    keywords: [`M${int(1000, 1999)}`, trade, ...(random() < 0.5 ? [`RNCP${int(30000, 39999)}`] : [])],
    url: `/formations/${i}`,
    facets: {
      level: [String(int(3, 7))],
      alternance: random() < 0.3 ? [pick(["apprentissage", "professionnalisation"])] : [],
      modality: [pick(["presentiel", "presentiel", "mixte", "distance"])],
      financing,
      certification: random() < 0.6 ? [pick(["rncp", "rs"])] : [],
      domain: [`nsf:${int(200, 340)}`],
      department: [...new Set(places.map((p) => p[0]))],
      region: ["76"],
    },
    regionFunded,
    dates,
    geo: places.map(([, lat, lon]) => ({ lat: lat + (random() - 0.5) * 0.3, lon: lon + (random() - 0.5) * 0.3 })),
  };
}

const CORRECT = ["cuisine", "mecanicien aeronautique", "developpeur web", "aide soignant", "comptable", "boulanger", "soudeur", "electricien", "cap patissier", "bts", "paysagiste", "securite", "informatique", "vendeur magasin"];
const TYPOS = ["patisier", "developeur", "mecanicein", "comptabel", "electricen", "boulangre", "chaudronier", "plombier chauffagiste"];
const FACETS = ["level", "department", "financing", "modality", "alternance"];
const NEAR = DEPARTMENTS.slice(0, 8).map(([, lat, lon]) => ({ lat, lon }));

type Mix = { label: string; weight: number; make: () => SearchQuery };
const MIX: Mix[] = [
  { label: "texte", weight: 25, make: () => ({ q: pick(CORRECT), facets: FACETS }) },
  { label: "texte avec faute", weight: 15, make: () => ({ q: pick(TYPOS), facets: FACETS }) },
  { label: "filtres seuls", weight: 20, make: () => ({ filters: randomFilters(), facets: FACETS }) },
  { label: "texte + filtres", weight: 10, make: () => ({ q: pick(CORRECT), filters: randomFilters(), facets: FACETS }) },
  { label: "géo (rayon, tri distance)", weight: 10, make: () => ({ near: { ...pick(NEAR), radiusKm: pick([10, 30, 50]) }, sort: "distance", facets: FACETS }) },
  { label: "dates (fenêtre, à venir)", weight: 10, make: () => ({ dateFrom: addDays(int(0, 60)), dateTo: addDays(int(90, 200)), upcomingOnly: true, sort: "date", facets: FACETS }) },
  { label: "tout le catalogue", weight: 5, make: () => ({ facets: FACETS, page: int(1, 5) }) },
  { label: "page profonde", weight: 5, make: () => ({ q: pick(CORRECT), page: int(5, 20) }) },
];

function randomFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  const count = int(1, 3);
  const choices: [string, () => string[]][] = [
    ["department", () => [pick(DEPARTMENTS)[0], ...(random() < 0.3 ? [pick(DEPARTMENTS)[0]] : [])]],
    ["level", () => [String(int(3, 7))]],
    ["financing", () => [pick(["region", "cpf", "opco"])]],
    ["modality", () => [pick(["presentiel", "mixte", "distance"])]],
  ];
  for (let i = 0; i < count; i++) {
    const [name, values] = pick(choices);
    filters[name] = values();
  }
  return filters;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const handle = openDatabase({ kind: "pglite" });
  await runMigrations(handle);
  const textCacheEntries = args["no-text-cache"] ? 0 : undefined;
  const engine = createPostgresSearchEngine(handle.db, { today: () => TODAY, textCacheEntries });

  const indexStart = performance.now();
  for (let i = 0; i < DOCS; i += 1000) {
    await engine.index(Array.from({ length: Math.min(1000, DOCS - i) }, (_, k) => syntheticFormation(i + k + 1)));
  }
  const indexMs = performance.now() - indexStart;
  console.log(`${DOCS} documents indexés en ${(indexMs / 1000).toFixed(1)} s (${Math.round(DOCS / (indexMs / 1000))} docs/s)`);

  const totalWeight = MIX.reduce((sum, m) => sum + m.weight, 0);
  const plan: Mix[] = MIX.flatMap((m) => Array.from({ length: Math.round((m.weight / totalWeight) * QUERIES) }, () => m));
  plan.sort(() => random() - 0.5);
  // Warm-up (JIT, PGlite caches) with texts outside the mix, so the text cache starts empty for it.
  const warmUp = MIX.filter((m) => !["texte", "texte avec faute", "texte + filtres", "page profonde"].includes(m.label));
  for (let i = 0; i < 20; i++) await engine.search({ ...pick(warmUp).make(), kinds: ["formation"] });
  for (const q of ["initiation", "module", "parcours"]) await engine.search({ q, kinds: ["formation"] });

  const byLabel = new Map<string, number[]>();
  const all: number[] = [];
  // PGlite runs in this thread, so CPU time measures the work itself, whatever else the machine runs.
  const cpuAll: number[] = [];
  let hitsSeen = 0;
  // The engine caches text matches per query text until the next write; say how often that helps.
  const textsSeen = new Set<string>();
  let repeatedTexts = 0;
  for (const mix of plan) {
    const query: SearchQuery = { kinds: ["formation"], perPage: 20, ...mix.make() };
    if (query.q && textsSeen.has(query.q)) repeatedTexts++;
    if (query.q) textsSeen.add(query.q);
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await engine.search(query);
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    cpuAll.push((cpu.user + cpu.system) / 1000);
    hitsSeen += result.total;
    all.push(ms);
    byLabel.set(mix.label, [...(byLabel.get(mix.label) ?? []), ms]);
  }

  const suggest: number[] = [];
  for (const prefix of ["pat", "mecan", "dev", "aide so", "compt", "elec", "boul", "sou", "cuis", "tech"]) {
    const started = performance.now();
    await engine.suggest(prefix, { kinds: ["formation"] });
    suggest.push(performance.now() - started);
  }

  all.sort((a, b) => a - b);
  const cacheNote = textCacheEntries === 0 ? "cache de texte désactivé" : `${repeatedTexts} reprennent un texte déjà cherché`;
  console.log(`\n${plan.length} recherches (moyenne ${Math.round(hitsSeen / plan.length)} résultats par requête, ${cacheNote})`);
  console.log(`  p50 ${fmt(percentile(all, 50))}   p95 ${fmt(percentile(all, 95))}   p99 ${fmt(percentile(all, 99))}   max ${fmt(all.at(-1) ?? 0)}`);
  cpuAll.sort((a, b) => a - b);
  console.log(`  temps CPU : p50 ${fmt(percentile(cpuAll, 50))}   p95 ${fmt(percentile(cpuAll, 95))}   p99 ${fmt(percentile(cpuAll, 99))}   (charge machine : ${loadavg()[0]?.toFixed(1)} sur ${availableParallelism()} cœurs)`);
  console.log("\nPar type de requête :");
  for (const [label, times] of byLabel) {
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(28)} n=${String(times.length).padStart(3)}  p50 ${fmt(percentile(times, 50)).padStart(9)}  p95 ${fmt(percentile(times, 95)).padStart(9)}`);
  }
  suggest.sort((a, b) => a - b);
  console.log(`\nAutocomplétion (${suggest.length}) : p50 ${fmt(percentile(suggest, 50))}  max ${fmt(suggest.at(-1) ?? 0)}`);

  // What another process (or this one after an import elsewhere) pays once: loading the in-process index.
  // Its heap size is only measurable with a forced GC: NODE_OPTIONS=--expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cold = createPostgresSearchEngine(handle.db, { today: () => TODAY });
  const coldStart = performance.now();
  await cold.search({ kinds: ["formation"], perPage: 1 });
  const coldMs = performance.now() - coldStart;
  gc?.();
  const heap = gc ? `, ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} Mo de tas` : "";
  console.log(`Chargement de l'index en mémoire (première recherche d'un processus) : ${fmt(coldMs)}${heap}`);
  await handle.close();
}

await main();
