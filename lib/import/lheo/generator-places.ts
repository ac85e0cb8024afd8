/**
 * Real communes (INSEE code, postcode, town-hall coordinates, 2016 region code) for generated
 * training places. Occitanie, the default portal region, is listed in full and weighted; a few
 * large cities elsewhere keep out-of-region offers realistic.
 */
export type Commune = {
  city: string;
  insee: string;
  postcode: string;
  department: string;
  region: string;
  lat: number;
  lon: number;
  /** Relative draw weight. */
  weight: number;
};

type Row = [city: string, insee: string, postcode: string, lat: number, lon: number];

const OCCITANIE: Row[] = [
  ["Toulouse", "31555", "31000", 43.6045, 1.444],
  ["Colomiers", "31149", "31770", 43.6112, 1.335],
  ["Blagnac", "31069", "31700", 43.637, 1.39],
  ["Muret", "31395", "31600", 43.4615, 1.327],
  ["Saint-Gaudens", "31483", "31800", 43.108, 0.7233],
  ["Montpellier", "34172", "34000", 43.6108, 3.8767],
  ["Béziers", "34032", "34500", 43.3442, 3.2158],
  ["Sète", "34301", "34200", 43.4028, 3.697],
  ["Lunel", "34145", "34400", 43.675, 4.1358],
  ["Nîmes", "30189", "30000", 43.8367, 4.3601],
  ["Alès", "30007", "30100", 44.125, 4.0817],
  ["Bagnols-sur-Cèze", "30028", "30200", 44.1623, 4.6198],
  ["Perpignan", "66136", "66000", 42.6887, 2.8948],
  ["Prades", "66149", "66500", 42.6175, 2.4219],
  ["Narbonne", "11262", "11100", 43.1839, 3.0042],
  ["Carcassonne", "11069", "11000", 43.213, 2.3491],
  ["Castelnaudary", "11076", "11400", 43.3183, 1.9539],
  ["Albi", "81004", "81000", 43.9289, 2.1464],
  ["Castres", "81065", "81100", 43.606, 2.241],
  ["Montauban", "82121", "82000", 44.0176, 1.355],
  ["Castelsarrasin", "82033", "82100", 44.04, 1.107],
  ["Rodez", "12202", "12000", 44.3506, 2.575],
  ["Millau", "12145", "12100", 44.0984, 3.0771],
  ["Villefranche-de-Rouergue", "12300", "12200", 44.3517, 2.035],
  ["Cahors", "46042", "46000", 44.4475, 1.4419],
  ["Figeac", "46102", "46100", 44.6086, 2.0317],
  ["Mende", "48095", "48000", 44.5181, 3.5006],
  ["Tarbes", "65440", "65000", 43.2328, 0.0781],
  ["Lourdes", "65286", "65100", 43.0947, -0.0458],
  ["Auch", "32013", "32000", 43.646, 0.5857],
  ["Condom", "32107", "32100", 43.958, 0.372],
  ["Foix", "09122", "09000", 42.9653, 1.6069],
  ["Pamiers", "09225", "09100", 43.1164, 1.6108],
];

const ELSEWHERE: [...Row, region: string][] = [
  ["Paris 10e Arrondissement", "75110", "75010", 48.876, 2.359, "11"],
  ["Lyon 3e Arrondissement", "69383", "69003", 45.7597, 4.8422, "84"],
  ["Marseille 1er Arrondissement", "13201", "13001", 43.2965, 5.3698, "93"],
  ["Bordeaux", "33063", "33000", 44.8378, -0.5792, "75"],
  ["Pau", "64445", "64000", 43.2951, -0.3708, "75"],
  ["Nantes", "44109", "44000", 47.2184, -1.5536, "52"],
  ["Lille", "59350", "59000", 50.6292, 3.0573, "32"],
  ["Tours", "37261", "37000", 47.3941, 0.6848, "24"],
  ["Rennes", "35238", "35000", 48.1173, -1.6778, "53"],
  ["Strasbourg", "67482", "67000", 48.5734, 7.7521, "44"],
  ["Rouen", "76540", "76000", 49.4432, 1.0999, "28"],
  ["Dijon", "21231", "21000", 47.322, 5.0415, "27"],
  ["Clermont-Ferrand", "63113", "63000", 45.7772, 3.087, "84"],
  ["Nice", "06088", "06000", 43.7102, 7.262, "93"],
  ["Ajaccio", "2A004", "20000", 41.9192, 8.7386, "94"],
];

function department(insee: string): string {
  return insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
}

export const COMMUNES: readonly Commune[] = [
  ...OCCITANIE.map(([city, insee, postcode, lat, lon]) => ({
    city, insee, postcode, lat, lon, department: department(insee), region: "76",
    // Prefectures and metropolises host more training centres.
    weight: ["31555", "34172"].includes(insee) ? 12 : 4,
  })),
  ...ELSEWHERE.map(([city, insee, postcode, lat, lon, region]) => ({
    city, insee, postcode, lat, lon, department: department(insee), region, weight: 1,
  })),
];

export const STREETS = [
  "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Écoles", "chemin du Moulin",
  "place de la Mairie", "rue Pasteur", "avenue de la Gare", "zone d'activités du Parc", "allée des Tilleuls",
  "rue du Général de Gaulle", "avenue des Pyrénées", "rue de l'Industrie", "impasse des Artisans", "rue Émile Zola",
] as const;

export const FIRST_NAMES = [
  "Camille", "Nicolas", "Julie", "Thomas", "Sophie", "Mehdi", "Claire", "Antoine", "Léa", "Karim",
  "Isabelle", "Julien", "Nadia", "Pierre", "Émilie", "Laurent", "Sarah", "Olivier", "Inès", "Mathieu",
] as const;

export const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Garcia", "Roux", "Fabre", "Mercier", "Lopez", "Girard", "Bonnet",
  "Fournier", "Vidal", "Benali", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Sanchez",
] as const;

export const ORGANISATION_KINDS = [
  "GRETA", "AFPA", "CFA des métiers", "Institut de formation", "CCI Formation", "Lycée professionnel Jean Moulin",
  "Compagnons du Devoir", "Maison familiale rurale", "École de la deuxième chance", "Centre de formation ADRAR",
] as const;
