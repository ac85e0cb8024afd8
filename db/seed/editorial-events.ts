import { sql } from "drizzle-orm";
import { isoDateInTimeZone, PORTAL_TIME_ZONE } from "@/lib/dates";
import { type Audience, departmentTerritory, regionTerritory, slugify } from "@/lib/editorial/vocabulary";
import type { DbOrTx } from "../client";
import type { Address, NewEvent, NewSupportStructure } from "../schema";
import { queryRows } from "../sql";
import { demoStreet, nudge, type SeedCommune } from "./editorial-places";
import { DEMO_SOURCE } from "./editorial-structures";

/** A catalogue organisation that can host an open day or an information session. */
export type SeedOrganisation = {
  id: number;
  name: string;
  address: Address | null;
  lat: number | null;
  lon: number | null;
  formationTitle: string;
};

/** Organisations with active trainings in the given region, busiest first. */
export async function listSeedOrganisations(
  db: DbOrTx,
  params: { region: string | null; limit?: number },
): Promise<SeedOrganisation[]> {
  const region = params.region ? sql`and o.address->>'region' = ${params.region}` : sql``;
  const rows = await queryRows<{
    id: number;
    name: string;
    address: Address | null;
    lat: number | null;
    lon: number | null;
    formation_title: string;
  }>(
    db,
    sql`select o.id, o.name, o.address, o.lat, o.lon, f.title as formation_title
          from organisations o
          join lateral (
            select title, count(*) over () as n from formations
             where organisation_id = o.id and status = 'active' order by id limit 1
          ) f on true
         where o.status = 'active' and o.address->>'city' is not null ${region}
         order by f.n desc, o.id
         limit ${params.limit ?? 20}`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    address: typeof row.address === "string" ? (JSON.parse(row.address) as Address) : row.address,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
    formationTitle: row.formation_title,
  }));
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day from `isoDay` on that falls on one of `weekdays` (0 = Sunday). */
function nextWeekday(isoDay: string, weekdays: number[]): string {
  for (let i = 0; i < 7; i++) {
    const day = addDays(isoDay, i);
    if (weekdays.includes(new Date(`${day}T00:00:00Z`).getUTCDay())) return day;
  }
  return isoDay;
}

/** "2026-03-28" at "09:30" in Paris as an instant (the offset is read for that day: DST-safe). */
export function parisDateTime(isoDay: string, time: string): Date {
  const naive = new Date(`${isoDay}T${time}:00Z`);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: PORTAL_TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(naive)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(naive.getTime() - minutes * 60_000);
}

type Slot = { weekdays: number[]; from: string; to: string; days?: number };

const SATURDAY = [6];
const MIDWEEK = [2, 4];
const WORKDAYS = [1, 2, 3, 4, 5];

const SALONS: { title: string; placeName: string; audiences: Audience[]; slot: Slot; summary: string }[] = [
  {
    title: "Salon de l'apprentissage et de l'alternance",
    placeName: "Parc des expositions",
    audiences: ["collegien-lyceen", "apprenti", "etudiant", "chef-entreprise"],
    slot: { weekdays: SATURDAY, from: "09:00", to: "17:00" },
    summary: "Les CFA, les écoles et les entreprises qui recrutent en alternance réunis en un seul lieu : formations, offres de contrats et conseils pour signer son contrat.",
  },
  {
    title: "Forum des métiers de la santé et du social",
    placeName: "Palais des congrès",
    audiences: ["demandeur-emploi", "salarie", "etudiant"],
    slot: { weekdays: [4], from: "09:30", to: "16:30" },
    summary: "Aide-soignant, infirmier, accompagnant éducatif et social… Rencontrez les instituts de formation et les employeurs du secteur.",
  },
  {
    title: "Salon de l'orientation et de l'enseignement supérieur",
    placeName: "Parc des expositions",
    audiences: ["collegien-lyceen", "etudiant"],
    slot: { weekdays: [5], from: "09:00", to: "17:00", days: 2 },
    summary: "Deux jours pour découvrir les formations après le bac : BTS, BUT, licences, écoles, apprentissage, avec des conférences sur les démarches d'inscription.",
  },
  {
    title: "Forum de la reconversion professionnelle",
    placeName: "Salle des fêtes",
    audiences: ["salarie", "demandeur-emploi"],
    slot: { weekdays: SATURDAY, from: "10:00", to: "17:00" },
    summary: "Changer de métier : conseil en évolution professionnelle, financements (CPF, projet de transition professionnelle), VAE et organismes de formation.",
  },
  {
    title: "Forum des emplois saisonniers",
    placeName: "Espace municipal",
    audiences: ["demandeur-emploi", "etudiant"],
    slot: { weekdays: [3], from: "09:30", to: "13:00" },
    summary: "Tourisme, hôtellerie-restauration, agriculture, animation : des employeurs recrutent pour la saison. Apportez plusieurs CV.",
  },
  {
    title: "Rencontres de l'industrie et des métiers techniques",
    placeName: "Halle des sports",
    audiences: ["collegien-lyceen", "demandeur-emploi", "apprenti"],
    slot: { weekdays: [4], from: "09:00", to: "17:00" },
    summary: "Démonstrations, visites virtuelles d'usines et échanges avec des techniciens : les métiers de l'industrie et les formations qui y mènent.",
  },
];

const JOB_DATING_SECTORS = [
  "hôtellerie-restauration",
  "transport et logistique",
  "services à la personne",
  "bâtiment et travaux publics",
  "commerce et grande distribution",
  "industrie agroalimentaire",
];

const WORKSHOPS: { type: string; title: string; summary: string; audiences: Audience[] }[] = [
  { type: "ML", title: "Atelier CV et lettre de motivation", summary: "Construire un CV clair et une lettre adaptée à une offre, avec un conseiller. Apportez votre CV actuel si vous en avez un.", audiences: ["demandeur-emploi", "apprenti"] },
  { type: "FT", title: "Atelier : réussir son entretien d'embauche", summary: "Préparer ses réponses, présenter son parcours et s'entraîner en situation, en petit groupe.", audiences: ["demandeur-emploi"] },
  { type: "PIJ_BIJ", title: "Atelier découverte des métiers du numérique", summary: "Développeur, technicien réseau, designer… Des professionnels présentent leur métier et les formations pour y accéder.", audiences: ["collegien-lyceen", "etudiant"] },
  { type: "CIO", title: "Atelier : construire son projet d'orientation", summary: "Identifier ses centres d'intérêt et explorer les formations possibles, avec une psychologue de l'Éducation nationale.", audiences: ["collegien-lyceen"] },
  { type: "FT", title: "Atelier : mobiliser son compte personnel de formation", summary: "Consulter ses droits, choisir une formation sur Mon Compte Formation et compléter son financement si besoin.", audiences: ["demandeur-emploi", "salarie"] },
  { type: "ML", title: "Atelier : préparer sa recherche d'alternance", summary: "Cibler les entreprises, contacter les CFA et se préparer aux entretiens pour décrocher un contrat.", audiences: ["apprenti", "collegien-lyceen"] },
];

const WEBINARS: { title: string; summary: string; audiences: Audience[]; from: string; to: string }[] = [
  { title: "Webinaire : financer sa formation avec le CPF", summary: "Comment consulter ses droits, choisir une formation éligible et compléter le financement quand les droits ne suffisent pas.", audiences: ["salarie", "demandeur-emploi"], from: "12:30", to: "13:30" },
  { title: "Webinaire : l'apprentissage expliqué aux employeurs", summary: "Aides à l'embauche, rôle du maître d'apprentissage, démarches avec le CFA et l'opérateur de compétences.", audiences: ["chef-entreprise"], from: "18:00", to: "19:00" },
  { title: "Webinaire : changer de métier avec un projet de transition professionnelle", summary: "Conditions, constitution du dossier auprès de Transitions Pro et maintien de la rémunération pendant la formation.", audiences: ["salarie"], from: "12:30", to: "13:30" },
  { title: "Webinaire : la VAE, mode d'emploi", summary: "Faire reconnaître son expérience par un diplôme : étapes, accompagnement et financements.", audiences: ["salarie", "demandeur-emploi"], from: "18:00", to: "19:00" },
  { title: "Webinaire : bien choisir ses études après le bac", summary: "Les filières de l'enseignement supérieur, l'apprentissage et les conseils pour formuler ses vœux.", audiences: ["collegien-lyceen", "etudiant"], from: "18:00", to: "19:00" },
  { title: "Webinaire : les métiers qui recrutent dans la région", summary: "Les secteurs qui embauchent, les métiers en tension et les formations courtes pour y accéder.", audiences: ["demandeur-emploi", "etudiant", "professionnel-orientation"], from: "10:00", to: "11:00" },
  { title: "Webinaire pour les professionnels : actualité des dispositifs de formation", summary: "Pour les conseillers emploi-formation : les évolutions des financements et des programmes régionaux.", audiences: ["professionnel-orientation"], from: "14:00", to: "15:30" },
];

export type DemoAgendaInput = {
  today: Date;
  communes: SeedCommune[];
  organisations: SeedOrganisation[];
  structures: NewSupportStructure[];
  publishedAt: Date;
};

/**
 * A demo agenda over the next twelve weeks, relative to `today` so it never looks stale: open days
 * and information sessions of catalogue organisations, fairs and job datings in the largest
 * communes, workshops at the demo structures, webinars online. Registration and webinar links
 * use the reserved .example domain.
 */
export function buildDemoEvents(input: DemoAgendaInput): NewEvent[] {
  const today = isoDateInTimeZone(input.today);
  const events: NewEvent[] = [];
  const slugs = new Set<string>();
  const region = input.communes[0]?.region ?? null;

  const add = (
    base: Omit<NewEvent, "slug" | "startsAt" | "endsAt" | "status" | "publishedAt" | "source" | "territory"> & {
      day: string;
      slot: Slot;
    },
  ) => {
    const { day, slot, ...event } = base;
    const date = nextWeekday(day, slot.weekdays);
    let slug = slugify(`${event.title} ${date}`);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugify(`${event.title} ${date}`)}-${k}`;
    slugs.add(slug);
    const territory = event.department
      ? [departmentTerritory(event.department)]
      : region
        ? [regionTerritory(region)]
        : [];
    events.push({
      ...event,
      slug,
      startsAt: parisDateTime(date, slot.from),
      endsAt: parisDateTime(addDays(date, (slot.days ?? 1) - 1), slot.to),
      status: "published",
      publishedAt: input.publishedAt,
      source: DEMO_SOURCE,
      territory,
      // bulkInsert writes every key of every row: a missing NOT NULL flag would become null.
      online: event.online ?? false,
      registrationUrl: event.registrationUrl ?? null,
    });
  };
  /** Spreads n events of one series over days 2 to 80, each series shifted a little. */
  const dayOf = (k: number, n: number, shift: number) => addDays(today, 2 + shift + Math.floor(((k + 0.5) * 76) / n));
  const registration = (title: string) => `https://inscription.example/evenements/${slugify(title)}`;

  const hosts = input.organisations.filter((org) => org.address?.city);
  hosts.slice(0, 10).forEach((org, k) => {
    const address = org.address!;
    const saturday = k % 2 === 0;
    add({
      type: "journee-portes-ouvertes",
      title: `Journée portes ouvertes – ${org.name}`,
      summary: `Visitez ${org.name} à ${address.city} : rencontrez les formateurs, découvrez les ateliers et les formations proposées.`,
      body: `Présentation des formations, dont « ${org.formationTitle} », visite des locaux et échanges avec les équipes et les stagiaires. Entrée libre, sans inscription.`,
      audiences: ["collegien-lyceen", "etudiant", "demandeur-emploi", "salarie"],
      placeName: org.name,
      address: address.lines.join("\n") || null,
      postcode: address.postcode ?? null,
      city: address.city ?? null,
      department: address.department ?? null,
      region: address.region ?? null,
      lat: org.lat ?? address.lat ?? null,
      lon: org.lon ?? address.lon ?? null,
      organiserName: org.name,
      organisationId: org.id,
      day: dayOf(k, 10, 0),
      slot: saturday ? { weekdays: SATURDAY, from: "09:30", to: "16:30" } : { weekdays: [3], from: "13:30", to: "18:00" },
    });
  });
  hosts.slice(10, 18).forEach((org, k) => {
    const address = org.address!;
    const title = `Réunion d'information : ${org.formationTitle}`;
    add({
      type: "reunion-information",
      title,
      summary: `Présentation de la formation par ${org.name} : contenu, conditions d'accès, financements et prochaines entrées.`,
      body: "Réunion collective suivie d'échanges individuels avec l'équipe pédagogique. Pensez à apporter un CV. Inscription conseillée : le nombre de places est limité.",
      audiences: ["demandeur-emploi", "salarie"],
      placeName: org.name,
      address: address.lines.join("\n") || null,
      postcode: address.postcode ?? null,
      city: address.city ?? null,
      department: address.department ?? null,
      region: address.region ?? null,
      lat: org.lat ?? address.lat ?? null,
      lon: org.lon ?? address.lon ?? null,
      capacity: 20 + (k % 3) * 5,
      registrationUrl: registration(`${title} ${org.id}`),
      organiserName: org.name,
      organisationId: org.id,
      day: dayOf(k, 8, 1),
      slot: { weekdays: MIDWEEK, from: "14:00", to: "16:00" },
    });
  });

  const locate = (commune: SeedCommune, n: number, placeName: string) => ({
    placeName,
    address: demoStreet(n + 3),
    postcode: commune.postcode,
    city: commune.city,
    department: commune.department,
    region: commune.region,
    ...nudge(commune, n + 50),
  });
  SALONS.forEach((salon, k) => {
    const commune = input.communes[k % Math.max(1, Math.min(6, input.communes.length))];
    if (!commune) return;
    add({
      type: "salon-forum",
      title: `${salon.title} – ${commune.city}`,
      summary: salon.summary,
      body: "Entrée libre et gratuite. Programme des conférences et liste des exposants disponibles sur place.",
      audiences: salon.audiences,
      ...locate(commune, k, salon.placeName),
      organiserName: "Collectif des acteurs de l'emploi et de la formation",
      day: dayOf(k, SALONS.length, 3),
      slot: salon.slot,
    });
  });
  JOB_DATING_SECTORS.forEach((sector, k) => {
    const commune = input.communes[(k + 1) % Math.max(1, Math.min(9, input.communes.length))];
    if (!commune) return;
    const agency = input.structures.find((s) => s.structureType === "FT" && s.city === commune.city);
    const title = `Job dating ${sector} – ${commune.city}`;
    add({
      type: "job-dating",
      title,
      summary: `Des employeurs du secteur ${sector} recrutent : entretiens de quelques minutes, sans rendez-vous. Venez avec votre CV.`,
      body: "Préparez une courte présentation de votre parcours et de vos disponibilités. Des conseillers sont présents pour aider à relire les CV.",
      audiences: ["demandeur-emploi", "etudiant"],
      ...locate(commune, k + 10, agency?.title ?? "Agence France Travail"),
      ...(agency ? { address: agency.address, lat: agency.lat, lon: agency.lon } : {}),
      capacity: 40 + (k % 3) * 10,
      registrationUrl: registration(title),
      organiserName: agency?.title ?? "France Travail",
      day: dayOf(k, JOB_DATING_SECTORS.length, 2),
      slot: { weekdays: MIDWEEK, from: "09:00", to: "12:30" },
    });
  });
  WORKSHOPS.forEach((workshop, k) => {
    const candidates = input.structures.filter((s) => s.structureType === workshop.type);
    const host = candidates[k % Math.max(1, candidates.length)];
    if (!host?.city) return;
    add({
      type: "atelier",
      title: `${workshop.title} – ${host.city}`,
      summary: workshop.summary,
      body: "Atelier gratuit en petit groupe. Inscription obligatoire auprès de la structure.",
      audiences: workshop.audiences,
      placeName: host.title,
      address: host.address,
      postcode: host.postcode,
      city: host.city,
      department: host.department,
      region: host.region,
      lat: host.lat,
      lon: host.lon,
      capacity: 12,
      registrationUrl: registration(`${workshop.title} ${host.city}`),
      organiserName: host.title,
      day: dayOf(k, WORKSHOPS.length, 4),
      slot: { weekdays: WORKDAYS, from: k % 2 === 0 ? "09:30" : "14:00", to: k % 2 === 0 ? "12:00" : "16:30" },
    });
  });
  WEBINARS.forEach((webinar, k) => {
    add({
      type: "webinaire",
      title: webinar.title,
      summary: webinar.summary,
      body: "Webinaire gratuit d'une heure, avec un temps de questions-réponses. Le lien de connexion est envoyé après l'inscription.",
      audiences: webinar.audiences,
      online: true,
      onlineUrl: `https://webinaires.example/${slugify(webinar.title)}`,
      registrationUrl: registration(webinar.title),
      organiserName: "Carif-Oref (démonstration)",
      day: dayOf(k, WEBINARS.length, 5),
      slot: { weekdays: MIDWEEK, from: webinar.from, to: webinar.to },
    });
  });
  return events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
