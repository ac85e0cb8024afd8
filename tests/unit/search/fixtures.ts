import { todayIso } from "@/lib/search/text";
import type { GeoPoint, SearchDocument } from "@/lib/search/types";

/** Dates relative to today, so "upcoming" stays true whatever day the suite runs. */
export function inDays(days: number): string {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const TOULOUSE: GeoPoint = { lat: 43.6045, lon: 1.4442 };

const places = {
  toulouse: TOULOUSE,
  toulouseNord: { lat: 43.61, lon: 1.45 },
  toulouseSud: { lat: 43.6, lon: 1.44 },
  blagnac: { lat: 43.637, lon: 1.39 },
  colomiers: { lat: 43.6115, lon: 1.3353 },
  muret: { lat: 43.4617, lon: 1.3271 },
  albi: { lat: 43.9289, lon: 2.1464 },
  foix: { lat: 42.9653, lon: 1.6071 },
  carcassonne: { lat: 43.213, lon: 2.3491 },
  tarbes: { lat: 43.2328, lon: 0.0781 },
  montpellier: { lat: 43.6108, lon: 3.8767 },
  perpignan: { lat: 42.6887, lon: 2.8948 },
  balma: { lat: 43.611, lon: 1.499 },
};

type FormationSpec = {
  id: string;
  title: string;
  body: string;
  keywords?: string[];
  level?: string;
  departments: string[];
  geo: GeoPoint[];
  regionFunded: boolean;
  financing?: string[];
  modality?: string;
  alternance?: string;
  dates?: [number, number][];
  type?: string;
};

function formation(spec: FormationSpec): SearchDocument {
  const facets: Record<string, string[]> = {
    department: spec.departments,
    region: ["76"],
    modality: [spec.modality ?? "presentiel"],
    financing: spec.financing ?? (spec.regionFunded ? ["region"] : []),
  };
  if (spec.level) facets.level = [spec.level];
  if (spec.alternance) facets.alternance = [spec.alternance];
  if (spec.type) facets.type = [spec.type];
  return {
    kind: "formation",
    id: spec.id,
    title: spec.title,
    subtitle: "Organisme de démonstration",
    body: spec.body,
    keywords: spec.keywords ?? [],
    url: `/formations/${spec.id}`,
    facets,
    regionFunded: spec.regionFunded,
    dates: (spec.dates ?? []).map(([start, end]) => ({ start: inDays(start), end: inDays(end) })),
    geo: spec.geo,
  };
}

const capCuisineBody = "Apprendre les techniques culinaires de base en restauration traditionnelle.";

export const formationFixtures: SearchDocument[] = [
  formation({
    id: "patissier",
    title: "Pâtissier",
    body: "Formation au métier de pâtissier : pâtes, crèmes, entremets et viennoiseries. Préparation au CAP Pâtissier.",
    keywords: ["D1104", "RNCP35316", "Pâtissier / Pâtissière"],
    level: "3",
    departments: ["31"],
    geo: [places.toulouse],
    regionFunded: true,
    alternance: "apprentissage",
    dates: [[30, 300]],
  }),
  formation({
    id: "meca",
    title: "Mécanicien aéronautique",
    body: "Maintenance des avions et hélicoptères : cellule, moteurs, systèmes. Titre professionnel.",
    keywords: ["I1602", "Mécanicien / Mécanicienne avion"],
    level: "4",
    departments: ["31"],
    geo: [places.blagnac],
    regionFunded: false,
    financing: ["cpf"],
    alternance: "professionnalisation",
    dates: [[10, 200]],
  }),
  formation({
    id: "dev",
    title: "Développeur web et web mobile",
    body: "Concevoir et développer des applications web et mobiles sécurisées. Titre professionnel de niveau 5.",
    keywords: ["M1805", "RNCP37674"],
    level: "5",
    departments: ["34"],
    geo: [places.montpellier],
    regionFunded: true,
    financing: ["region", "cpf"],
    modality: "distance",
    dates: [
      [60, 240],
      [400, 600],
    ],
  }),
  formation({
    id: "cap-a",
    title: "CAP Cuisine",
    body: capCuisineBody,
    keywords: ["G1602"],
    level: "3",
    departments: ["31"],
    geo: [places.muret],
    regionFunded: false,
    dates: [[90, 400]],
  }),
  formation({
    id: "cap-b",
    title: "CAP Cuisine",
    body: capCuisineBody,
    keywords: ["G1602"],
    level: "3",
    departments: ["65"],
    geo: [places.tarbes],
    regionFunded: true,
    dates: [[90, 400]],
  }),
  formation({
    id: "boulanger",
    title: "Boulanger",
    body: "Fabrication du pain et des viennoiseries au fournil.",
    level: "3",
    departments: ["09"],
    geo: [places.foix],
    regionFunded: false,
    dates: [[-200, -20]],
  }),
  formation({
    id: "aide",
    title: "Aide-soignant",
    body: "Soins d'hygiène et de confort auprès des patients, entrées permanentes.",
    level: "4",
    departments: ["31"],
    geo: [places.toulouseSud],
    regionFunded: true,
  }),
  formation({
    id: "compta",
    title: "Assistant comptable",
    body: "Tenue de la comptabilité courante et préparation des déclarations fiscales.",
    level: "4",
    departments: ["34"],
    geo: [places.montpellier],
    regionFunded: false,
    financing: ["cpf"],
    modality: "distance",
    dates: [[5, 100]],
  }),
  formation({
    id: "elec",
    title: "Électricien du bâtiment",
    body: "Installation électrique des logements et locaux tertiaires.",
    level: "3",
    departments: ["11"],
    geo: [places.carcassonne],
    regionFunded: true,
    dates: [[20, 150]],
  }),
  formation({
    id: "bts",
    title: "BTS Management commercial opérationnel",
    body: "Gestion d'une unité commerciale, animation d'équipe et relation client.",
    level: "5",
    departments: ["31", "81"],
    geo: [places.toulouseNord, places.albi],
    regionFunded: false,
    alternance: "apprentissage",
    dates: [[200, 900]],
  }),
  formation({
    id: "atelier",
    title: "Atelier <script>alert('x')</script> découverte cuisine",
    body: "Une journée pour découvrir les produits du terroir & les recettes de saison.",
    departments: ["31"],
    geo: [places.colomiers],
    regionFunded: false,
    dates: [[3, 3]],
    type: "atelier",
  }),
  formation({
    id: "secu",
    title: "Agent de sécurité",
    body: "Surveillance et prévention des risques, prépare au certificat SSIAP 1.",
    level: "3",
    departments: ["66"],
    geo: [places.perpignan],
    regionFunded: false,
    dates: [[-5, 60]],
  }),
];

function trade(code: string, title: string, appellations: string[], body: string): SearchDocument {
  return {
    kind: "metier",
    id: code,
    title,
    body,
    keywords: [code, ...appellations],
    url: `/metiers/${code}`,
    facets: { greatDomain: [code.slice(0, 1)] },
    regionFunded: false,
  };
}

export const tradeFixtures: SearchDocument[] = [
  trade(
    "D1104",
    "Pâtissier / Pâtissière",
    ["Pâtissier tourier / Pâtissière tourière", "Pâtissier-confiseur / Pâtissière-confiseuse"],
    "Réalise des pâtisseries, viennoiseries et entremets selon les règles d'hygiène.",
  ),
  trade(
    "I1602",
    "Mécanicien / Mécanicienne avion",
    ["Mécanicien / Mécanicienne aéronautique", "Mécanicien / Mécanicienne d'armement aéronautique"],
    "Entretient et répare les aéronefs selon la réglementation aéronautique.",
  ),
  trade(
    "M1805",
    "Développeur / Développeuse informatique",
    ["Développeur / Développeuse web", "Programmeur / Programmeuse", "Analyste programmeur / programmeuse"],
    "Conçoit et développe des logiciels et applications.",
  ),
  trade(
    "G1602",
    "Commis / Commise de cuisine",
    ["Cuisinier / Cuisinière", "Chef / Cheffe de cuisine"],
    "Prépare les plats en restauration.",
  ),
];

export const organisationFixtures: SearchDocument[] = [
  {
    kind: "organisme",
    id: "afpa-balma",
    title: "AFPA Toulouse Balma",
    subtitle: "Balma (31)",
    body: "Centre de formation professionnelle pour adultes.",
    keywords: ["12345678900011"],
    url: "/organismes/afpa-balma",
    facets: { department: ["31"], region: ["76"] },
    regionFunded: true,
    geo: [places.balma],
  },
];

export const allFixtures: SearchDocument[] = [...formationFixtures, ...tradeFixtures, ...organisationFixtures];
