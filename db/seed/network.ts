import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { countFeaturedTalents, getEligibleAlumni, setTalentFeatured } from "../queries/network-talents";
import { alumniProfiles, networkMembers, networkOrganisations, networkPosts, users } from "../schema";
import { buildDemoNetworkPosts, DEMO_NETWORK_POST_TITLES } from "./network-posts";

/**
 * Demo data of the alumni network: member training organisations, alumni, news and events, and
 * highlighted talents, all invented and labelled "(démonstration)"; demo accounts have no
 * password (nobody signs in with them) and an address on the reserved .invalid domain.
 * Idempotent, and never overwrites: organisations by name, accounts by address, posts by French
 * title; talents are featured only while none is, so the administrators' choice stands.
 */

const CITIES = [
  "Toulouse", "Blagnac", "Colomiers", "Tarbes", "Montauban", "Albi", "Castres", "Figeac", "Rodez", "Montpellier",
  "Nîmes", "Perpignan", "Muret", "Auch", "Cahors", "Carcassonne", "Pamiers", "Foix", "Béziers", "Millau",
] as const;

const KINDS = [
  "Lycée professionnel aéronautique",
  "CFA des métiers de l'aérien",
  "Centre de formation maintenance aéronautique",
  "École d'ingénieurs aéronautique et spatial",
  "Institut universitaire de technologie",
  "Lycée des métiers de l'industrie",
] as const;

/** 40 organisations: a kind of school in a town of the region, each pair unique. */
export const DEMO_NETWORK_ORGANISATIONS = Array.from({ length: 40 }, (_, i) => {
  const city = CITIES[i % CITIES.length]!;
  const kind = KINDS[(i + Math.floor(i / CITIES.length)) % KINDS.length]!;
  return { name: `${kind} de ${city} (démonstration)`, city };
});

type DemoAlumni = [firstName: string, lastName: string, origin: string, activity: string, position: string, trainingType: string, speciality: string, year: number];

const ALUMNI: DemoAlumni[] = [
  ["Amina", "Benali", "MA", "FR", "Technicienne de maintenance avionique", "Bac professionnel", "Aéronautique option avionique", 2019],
  ["Moussa", "Diallo", "SN", "SN", "Mécanicien cellule", "CAP", "Aéronautique option structures", 2017],
  ["Koffi", "Yao", "CI", "CI", "Chef d'équipe maintenance", "BTS", "Aéronautique", 2016],
  ["Sana", "Trabelsi", "TN", "FR", "Ingénieure méthodes", "Diplôme d'ingénieur", "Génie mécanique et aéronautique", 2020],
  ["Yacine", "Haddad", "DZ", "DZ", "Contrôleur qualité", "Licence professionnelle", "Contrôle non destructif", 2018],
  ["Lucas", "Oliveira", "BR", "BR", "Ingénieur essais en vol", "Mastère spécialisé", "Essais en vol", 2015],
  ["Valeria", "Hernández", "MX", "MX", "Responsable production", "Diplôme d'ingénieur", "Production aéronautique", 2021],
  ["Arjun", "Sharma", "IN", "DE", "Ingénieur calcul de structures", "Master", "Structures aéronautiques", 2014],
  ["Wei", "Zhang", "CN", "CN", "Ingénieur propulsion", "Master", "Propulsion spatiale", 2019],
  ["Thi Lan", "Nguyen", "VN", "FR", "Technicienne composites", "BTS", "Matériaux composites", 2022],
  ["Jonas", "Becker", "DE", "FR", "Chef de projet satellites", "Mastère spécialisé", "Systèmes spatiaux", 2013],
  ["Lucía", "García", "ES", "ES", "Ingénieure navigabilité", "Master", "Navigabilité et certification", 2018],
  ["Giulia", "Rossi", "IT", "IT", "Acheteuse industrielle", "Licence professionnelle", "Logistique aéronautique", 2020],
  ["Paul", "Mbarga", "CM", "CM", "Formateur maintenance", "Titre professionnel", "Mécanicien aéronautique", 2012],
  ["Rami", "Khoury", "LB", "AE", "Ingénieur support client", "Diplôme d'ingénieur", "Systèmes embarqués", 2017],
  ["Camila", "Rodríguez", "CO", "CO", "Technicienne bureau d'études", "BTS", "Conception de produits industriels", 2021],
  ["Matías", "Soto", "CL", "CL", "Pilote de drones", "Certificat de qualification", "Télépilotage", 2023],
  ["Elif", "Yılmaz", "TR", "FR", "Ingénieure logiciel embarqué", "Master", "Systèmes critiques", 2016],
  ["Omar", "Farouk", "EG", "EG", "Responsable maintenance", "Licence professionnelle", "Maintenance aéronautique", 2015],
  ["Hery", "Rakoto", "MG", "MG", "Mécanicien moteurs", "CAP", "Aéronautique option systèmes", 2018],
  ["Aïcha", "Ouédraogo", "BF", "BF", "Agente d'exploitation aéroportuaire", "Titre professionnel", "Exploitation aéroportuaire", 2022],
  ["Junior", "Nzé", "GA", "FR", "Technicien peinture aéronautique", "Mention complémentaire", "Peinture aéronautique", 2019],
  ["Émilie", "Tremblay", "CA", "CA", "Ingénieure acoustique", "Mastère spécialisé", "Acoustique aéronautique", 2014],
  ["Ryan", "Miller", "US", "US", "Analyste données de vol", "Master", "Science des données", 2020],
  ["Haruto", "Sato", "JP", "JP", "Ingénieur matériaux", "Doctorat", "Matériaux pour le spatial", 2011],
  ["Ji-woo", "Kim", "KR", "FR", "Ingénieure systèmes", "Diplôme d'ingénieur", "Systèmes aéronautiques", 2023],
  ["Putri", "Santoso", "ID", "ID", "Technicienne câblage", "Bac professionnel", "Aéronautique option avionique", 2017],
  ["Marta", "Kowalska", "PL", "PL", "Ingénieure industrialisation", "Master", "Génie industriel", 2019],
  ["Andrei", "Popescu", "RO", "RO", "Chef d'atelier usinage", "BTS", "Conception des processus de réalisation", 2013],
  ["Inês", "Ferreira", "PT", "FR", "Responsable supply chain", "Mastère spécialisé", "Supply chain aéronautique", 2021],
];

/** The last few applications stay pending, so the administrators' queue has something to show. */
const PENDING_ALUMNI = 3;

const ORGANISATION_MEMBERS = [
  ["Claire", "Martin"],
  ["Julien", "Bernard"],
  ["Nadia", "Roux"],
  ["Thomas", "Fabre"],
  ["Sophie", "Garcia"],
] as const;

function demoEmail(first: string, last: string) {
  const slug = `${first}.${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z.]+/g, "-");
  return `${slug}@demo-reseau.invalid`;
}

/** Highlighted on the network home: alumni of several continents and trades, all approved. */
const FEATURED_ALUMNI: readonly (readonly [string, string])[] = [
  ["Amina", "Benali"],
  ["Koffi", "Yao"],
  ["Sana", "Trabelsi"],
  ["Lucas", "Oliveira"],
  ["Thi Lan", "Nguyen"],
  ["Émilie", "Tremblay"],
];

export type NetworkSeedCounts = {
  organisations: number;
  alumni: number;
  organisationMembers: number;
  /** Added by this run: 0 when every demo item was already there. */
  postsAdded: number;
  /** Featured by this run: 0 when the home already had talents. */
  talentsFeatured: number;
};

export async function seedNetwork(db: DbOrTx, options: { today?: Date } = {}): Promise<NetworkSeedCounts> {
  const today = options.today ?? new Date();
  return db.transaction(async (tx) => {
    await tx.insert(networkOrganisations).values(DEMO_NETWORK_ORGANISATIONS).onConflictDoNothing({ target: networkOrganisations.name });
    const organisations = await tx
      .select({ id: networkOrganisations.id, name: networkOrganisations.name })
      .from(networkOrganisations)
      .where(inArray(networkOrganisations.name, DEMO_NETWORK_ORGANISATIONS.map((o) => o.name)))
      .orderBy(networkOrganisations.id);

    const people = [
      ...ALUMNI.map((a, i) => ({ kind: "alumni" as const, first: a[0], last: a[1], index: i, pending: i >= ALUMNI.length - PENDING_ALUMNI })),
      ...ORGANISATION_MEMBERS.map(([first, last], i) => ({ kind: "organisation_member" as const, first, last, index: i, pending: i === ORGANISATION_MEMBERS.length - 1 })),
    ];
    await tx
      .insert(users)
      .values(
        people.map((p) => ({
          email: demoEmail(p.first, p.last),
          name: `${p.first} ${p.last}`,
          roles: p.pending ? [] : [p.kind],
          emailVerified: today,
        })),
      )
      .onConflictDoNothing({ target: users.email });
    const accounts = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, people.map((p) => demoEmail(p.first, p.last))));
    const idOf = new Map(accounts.map((a) => [a.email, a.id]));

    for (const person of people) {
      const userId = idOf.get(demoEmail(person.first, person.last))!;
      const organisation = organisations[(person.index * 7) % organisations.length]!;
      // Profiles age over a few years, so the yearly reminder has members to remind.
      const updatedAt = new Date(today.getTime() - (person.index % 6) * 200 * 24 * 60 * 60 * 1000);
      await tx
        .insert(networkMembers)
        .values({
          userId,
          kind: person.kind,
          status: person.pending ? "pending" : "approved",
          organisationId: person.kind === "organisation_member" ? organisation.id : null,
          locale: person.index % 3 === 0 ? "en" : "fr",
          decidedAt: person.pending ? null : updatedAt,
          createdAt: updatedAt,
        })
        .onConflictDoNothing({ target: networkMembers.userId });
      if (person.kind !== "alumni") continue;
      const [first, last, origin, activity, position, trainingType, speciality, year] = ALUMNI[person.index]!;
      await tx
        .insert(alumniProfiles)
        .values({
          userId,
          firstName: first,
          lastName: last,
          countryOfOrigin: origin,
          countryOfActivity: activity,
          schoolOfOrigin: `Établissement d'origine n° ${person.index + 1} (démonstration)`,
          company: `Entreprise aéronautique ${String.fromCharCode(65 + (person.index % 26))} (démonstration)`,
          position,
          trainingType,
          speciality,
          school: organisation.name,
          year,
          internshipCompany: `Entreprise d'accueil ${person.index % 9 + 1} (démonstration)`,
          contactEmail: demoEmail(first, last),
          contactPhone: `+33 6 00 00 ${String(10 + person.index).padStart(2, "0")} ${String(20 + person.index).padStart(2, "0")}`,
          updatedAt,
        })
        .onConflictDoNothing({ target: alumniProfiles.userId });
    }
    const postsAdded = await seedPosts(tx, today);
    const talentsFeatured = await featureTalents(tx, today, idOf);
    const approvedAlumni = await tx.select({ id: networkMembers.userId }).from(networkMembers).where(eq(networkMembers.kind, "alumni"));
    return {
      organisations: organisations.length,
      alumni: approvedAlumni.length,
      organisationMembers: ORGANISATION_MEMBERS.length,
      postsAdded,
      talentsFeatured,
    };
  });
}

/** Adds the demo items missing by French title (an edited body or date is left as it is); returns how many were added. */
async function seedPosts(tx: DbOrTx, today: Date): Promise<number> {
  const existing = await tx
    .select({ titleFr: networkPosts.titleFr })
    .from(networkPosts)
    .where(inArray(networkPosts.titleFr, DEMO_NETWORK_POST_TITLES));
  const present = new Set(existing.map((row) => row.titleFr));
  const missing = buildDemoNetworkPosts(today).filter((post) => !present.has(post.titleFr));
  if (missing.length > 0) await tx.insert(networkPosts).values(missing);
  return missing.length;
}

/**
 * Features the demo talents when the home has none: an install whose administrators picked (or
 * are picking) their own keeps them. Only approved alumni with an active account qualify, as in
 * the administrators' page. Returns how many were featured.
 */
async function featureTalents(tx: DbOrTx, today: Date, idOf: Map<string, string>): Promise<number> {
  if ((await countFeaturedTalents(tx)) > 0) return 0;
  let featured = 0;
  for (const [first, last] of FEATURED_ALUMNI) {
    const userId = idOf.get(demoEmail(first, last));
    if (!userId || !(await getEligibleAlumni(tx, { userId }))) continue;
    // One minute apart, so the home lists them in this order (most recently featured first).
    await setTalentFeatured(tx, { userId, featuredAt: new Date(today.getTime() - featured * 60_000) });
    featured += 1;
  }
  return featured;
}
