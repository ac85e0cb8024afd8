import { COMMUNES, type Commune, FIRST_NAMES, LAST_NAMES, STREETS } from "./generator-places";
import { addDays, lheoDate, type Random } from "./generator-random";
import { GENERATOR_TRADES } from "./generator-trades";
import { addressXml, coordonneesXml, type GeneratedAddress, type GeneratedPerson, leaf, node } from "./generator-xml";
import type { LheoVersion } from "./parser";

export type GeneratedOrganisation = {
  numero: string;
  siret: string;
  name: string;
  legalName: string;
  activityNumber: string;
  address: GeneratedAddress;
  contact: GeneratedPerson;
  url: string;
  formacodes: readonly string[];
};

export type OfferContext = { random: Random; version: LheoVersion; today: string; idPrefix: string; quirks: boolean; organisations: GeneratedOrganisation[] };

type Kind = { prefix: string; exit: readonly (number | null)[]; certifying: boolean; ais: string; weight: number };

const KINDS: readonly Kind[] = [
  { prefix: "Titre professionnel", exit: [3, 4, 5], certifying: true, ais: "6", weight: 4 },
  { prefix: "CQP", exit: [3], certifying: true, ais: "7", weight: 2 },
  { prefix: "Formation qualifiante", exit: [3, 4], certifying: false, ais: "8", weight: 3 },
  { prefix: "POEC", exit: [null], certifying: false, ais: "7", weight: 1 },
  { prefix: "Licence professionnelle", exit: [6], certifying: true, ais: "6", weight: 1 },
  { prefix: "Remise à niveau avant formation", exit: [null], certifying: false, ais: "5", weight: 1 },
  { prefix: "Découverte des métiers :", exit: [null], certifying: false, ais: "9", weight: 1 },
];

/** European level back to the 1969 code still found in feeds (niveau V = 4, ...). */
const OLD_LEVEL_CODE: Record<number, string> = { 1: "2", 2: "3", 3: "4", 4: "5", 5: "6", 6: "7", 7: "8" };
const PUBLICS = ["83056", "80006", "80001", "80009", "81050"] as const;
const OTHER_FINANCERS = ["4", "10", "5", "16", "11", "3", "17", "7", "8"] as const;
const PROGRAMMES = ["Parcours qualifiant", "Parcours métiers", "Savoirs de base", "Programme régional de formation (PRF)"] as const;
const HOURS = [35, 70, 140, 280, 400, 600, 900, 1200] as const;

export function randomAddress(random: Random, commune?: Commune): GeneratedAddress {
  const c = commune ?? random.weighted(COMMUNES, (x) => x.weight);
  // A few hundred metres around the town hall: places differ without leaving the commune.
  const lines = [`${random.int(1, 120)} ${random.pick(STREETS)}`];
  return { lines, commune: c, lat: c.lat + (random.next() - 0.5) * 0.03, lon: c.lon + (random.next() - 0.5) * 0.04 };
}

export function randomPerson(random: Random, domain: string): GeneratedPerson {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const slug = `${firstName}.${lastName}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
  const civility = random.chance(0.5) ? "Madame" : "Monsieur";
  const phone = `0${random.int(1, 5)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`;
  return { civility, firstName, lastName, phone, email: `${slug}@${domain}` };
}

function levelCode(ctx: OfferContext, eu: number | null): string {
  if (eu === null) return ctx.random.chance(0.5) ? "0" : "1";
  // Real 2.3 feeds still carry old codes now and then.
  const legacy = ctx.version === "2.2" || (ctx.quirks && ctx.random.chance(0.1));
  return legacy ? (OLD_LEVEL_CODE[eu] ?? "0") : String(10 + eu);
}

function lowerFirst(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function sessionXml(ctx: OfferContext, id: string, hours: number, place: GeneratedAddress, alternance: string | null, cpf: boolean): string {
  const { random, today } = ctx;
  const start = addDays(today, random.int(-30, 540));
  const end = addDays(start, Math.ceil(hours / 35) * 7 + random.int(0, 14));
  let registrationStart = lheoDate(addDays(start, -random.int(30, 90)));
  if (ctx.quirks && random.chance(0.03)) registrationStart = "00000000";
  else if (ctx.quirks && random.chance(0.01)) registrationStart = `${registrationStart.slice(0, 6)}00`;
  return node(
    "session",
    [
      node("periode", [leaf("debut", lheoDate(start)), leaf("fin", lheoDate(end))]),
      node("adresse-inscription", addressXml(place)),
      node("periode-inscription", node("periode", [leaf("debut", registrationStart), leaf("fin", lheoDate(addDays(start, -5)))])),
      leaf("etat-recrutement", random.chance(0.9) ? "1" : random.pick(["2", "3"])),
      ctx.version === "2.3" && alternance ? node("cycle", [leaf("type-cycle", "1"), node("alternance", leaf("type-alternance", alternance))]) : "",
      ctx.version === "2.2" && cpf
        ? node("extras", [leaf("extra", "COPANEF", { info: "source" }), leaf("extra", "1", { info: "france-entiere" })], {
            info: "eligibilite-cpf",
            numero: random.digits(6),
          })
        : "",
    ],
    { numero: id, datecrea: lheoDate(addDays(today, -random.int(30, 400))), datemaj: lheoDate(addDays(today, -random.int(0, 29))) },
  );
}

function trainerXml(org: GeneratedOrganisation, ctx: OfferContext): string {
  return node(
    "organisme-formateur",
    [
      node("SIRET-formateur", leaf("SIRET", org.siret)),
      leaf("raison-sociale-formateur", org.legalName),
      node("contact-formateur", coordonneesXml({ person: randomPerson(ctx.random, new URL(org.url).hostname.replace(/^www\./, "")) })),
      node("potentiel", org.formacodes.map((c) => leaf("code-FORMACODE", c, { ref: "V12" }))),
    ],
    { numero: `${org.numero}_F` },
  );
}

function actionXml(ctx: OfferContext, id: string, responsible: GeneratedOrganisation, hours: number, cpf: boolean): string {
  const { random } = ctx;
  const modality = random.weighted(["0", "1", "2"] as const, (m) => (m === "0" ? 80 : m === "1" ? 12 : 8));
  const placeCount = modality === "2" && random.chance(0.5) ? 0 : ctx.version === "2.3" && random.chance(0.15) ? 2 : 1;
  const home = responsible.address.commune;
  const nearby = COMMUNES.filter((c) => c.region === home.region);
  const places = Array.from({ length: placeCount }, (_, i) =>
    randomAddress(random, i === 0 && random.chance(0.6) ? home : random.weighted(nearby, (c) => c.weight)),
  );
  const registrationPlace = places[0] ?? responsible.address;
  const trainers = [random.chance(0.7) ? responsible : random.pick(ctx.organisations)];
  if (ctx.version === "2.3" && random.chance(0.1)) trainers.push(random.pick(ctx.organisations));
  const apprenticeship = random.chance(0.15);
  const professional = !apprenticeship && random.chance(0.1);
  const alternance = apprenticeship ? "1" : professional ? "2" : null;
  const financers = new Set<string>();
  if (random.chance(0.3)) financers.add("2");
  while (financers.size < random.int(1, 2)) financers.add(random.pick(OTHER_FINANCERS));
  const company = alternance ? Math.round(hours * 0.6) : random.chance(0.4) ? Math.round(hours * 0.2) : 0;
  const sessionCount = 1 + (random.chance(0.4) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
  return node(
    "action",
    [
      leaf("rythme-formation", alternance ? "En alternance" : random.pick(["Temps plein", "Temps partiel", "Continu temps plein, modulaire"])),
      leaf("code-public-vise", random.pick(PUBLICS), { ref: "V12" }),
      leaf("niveau-entree-obligatoire", random.chance(0.3) ? "1" : "0"),
      leaf("modalites-alternance", alternance ? "2 semaines en entreprise, 1 semaine en centre" : "-"),
      leaf("modalites-enseignement", modality),
      leaf("conditions-specifiques", random.chance(0.5) ? "Entretien de motivation et tests de positionnement." : "-"),
      leaf("prise-en-charge-frais-possible", random.chance(0.7) ? "1" : "0"),
      ...places.map((p) =>
        node("lieu-de-formation", coordonneesXml({ name: `${responsible.name} - ${p.commune.city}`, address: p, phone: responsible.contact.phone })),
      ),
      leaf("modalites-entrees-sorties", random.chance(0.2) ? "1" : "0"),
      node("url-action", leaf("urlweb", `${responsible.url}/formations/${id.toLowerCase()}`)),
      ...Array.from({ length: sessionCount }, (_, s) => sessionXml(ctx, `${id}_SE${s + 1}`, hours, registrationPlace, alternance, cpf)),
      node("adresse-information", addressXml(registrationPlace)),
      ctx.quirks && random.chance(0.1) ? node("date-information", leaf("date", "00000000")) : "",
      leaf("acces-handicapes", "Locaux accessibles aux personnes à mobilité réduite."),
      leaf("langue-formation", "FR"),
      leaf("modalites-recrutement", "Information collective, tests et entretien individuel."),
      leaf("prix-total-TTC", (hours * random.int(8, 25)).toFixed(2)),
      leaf("nombre-heures-centre", hours - company),
      company ? leaf("nombre-heures-entreprise", company) : "",
      leaf("nombre-heures-total", hours),
      leaf("conventionnement", financers.has("2") ? "1" : "0"),
      ...trainers.filter((t, i) => trainers.indexOf(t) === i).map((t) => trainerXml(t, ctx)),
      ...[...financers].map((code) =>
        node("organisme-financeur", [
          leaf("code-financeur", code),
          leaf("nb-places-financees", random.int(4, 20)),
          code === "2"
            ? node("extras", leaf("extra", `Programme régional ${ctx.today.slice(0, 4)} : ${random.pick(PROGRAMMES)}`, { info: "programme-financeur" }), {
                info: "specificites",
              })
            : "",
        ]),
      ),
      node(
        "extras",
        [leaf("extra", apprenticeship ? "1" : "0", { info: "contrat-apprentissage" }), leaf("extra", professional ? "1" : "0", { info: "contrat-professionnalisation" })],
        { info: "dispositif" },
      ),
    ],
    { numero: id, datecrea: lheoDate(addDays(ctx.today, -random.int(30, 400))), datemaj: lheoDate(addDays(ctx.today, -random.int(0, 29))) },
  );
}

function contentText(ctx: OfferContext, label: string): string {
  const lines = [
    `Acquérir les compétences du métier de ${lowerFirst(label)}.`,
    "Modules : sécurité et réglementation, gestes professionnels, communication en situation de travail.",
    "Période d'application en entreprise et accompagnement à la recherche d'emploi.",
  ];
  // Real feeds carry HTML typed in back offices, escaped in the XML.
  return ctx.quirks && ctx.random.chance(0.25) ? `<p>${lines.join("<br />")}</p>` : lines.join("\n");
}

export function formationXml(ctx: OfferContext, index: number): string {
  const { random, version } = ctx;
  const trade = random.pick(GENERATOR_TRADES);
  const kind = random.weighted(KINDS, (k) => k.weight);
  const exit = random.pick(kind.exit);
  const responsible = random.pick(ctx.organisations);
  const id = `${ctx.idPrefix}F${String(index + 1).padStart(6, "0")}`;
  const hours = random.pick(HOURS);
  const cpf = kind.certifying && random.chance(0.5);
  const actionCount = 1 + (random.chance(0.45) ? 1 : 0) + (random.chance(0.15) ? 1 : 0);
  const contactType = version === "2.3" ? leaf("type-contact", "4") : "";
  return node(
    "formation",
    [
      node("domaine-formation", [
        ...trade.formacodes.map((c, i) => leaf("code-FORMACODE", c, i === 0 ? { ref: "V12", tag: "principal" } : { ref: "V12" })),
        leaf("code-NSF", trade.nsf),
        leaf("code-ROME", trade.rome),
      ]),
      leaf("intitule-formation", `${kind.prefix} ${lowerFirst(trade.label)}`),
      leaf("objectif-formation", `Préparer à l'exercice du métier de ${lowerFirst(trade.label)} et favoriser l'accès à l'emploi.`),
      leaf("resultats-attendus", kind.certifying ? "Certification" : "Attestation de fin de formation"),
      leaf("contenu-formation", contentText(ctx, trade.label)),
      leaf("certifiante", kind.certifying ? "1" : "0"),
      node("contact-formation", [contactType, coordonneesXml({ person: responsible.contact, address: responsible.address })]),
      leaf("parcours-de-formation", String(random.int(1, 4))),
      leaf("code-niveau-entree", levelCode(ctx, exit === null || exit <= 3 ? null : exit - 1)),
      leaf("objectif-general-formation", kind.ais),
      kind.certifying
        ? node("certification", [
            leaf("code-RNCP", String(random.int(30000, 39999))),
            leaf("code-CERTIFINFO", String(random.int(80000, 120000))),
            version === "2.3" && cpf ? leaf("code-CPF", random.digits(6)) : "",
          ])
        : "",
      leaf("code-niveau-sortie", levelCode(ctx, exit)),
      node("url-formation", leaf("urlweb", `${responsible.url}/formations/${id.toLowerCase()}`)),
      ...Array.from({ length: actionCount }, (_, a) => actionXml(ctx, `${id}_AF${a + 1}`, responsible, hours, cpf)),
      node(
        "organisme-formation-responsable",
        [
          leaf("numero-activite", responsible.activityNumber),
          node("SIRET-organisme-formation", leaf("SIRET", responsible.siret)),
          leaf("nom-organisme", responsible.name),
          leaf("raison-sociale", responsible.legalName),
          node("coordonnees-organisme", coordonneesXml({ address: responsible.address, phone: responsible.contact.phone, url: responsible.url })),
          node("contact-organisme", [contactType, coordonneesXml({ person: responsible.contact })]),
          node("potentiel", responsible.formacodes.map((c) => leaf("code-FORMACODE", c, { ref: "V12" }))),
        ],
        { numero: responsible.numero },
      ),
    ],
    { numero: id, datecrea: lheoDate(addDays(ctx.today, -random.int(30, 400))), datemaj: lheoDate(addDays(ctx.today, -random.int(0, 29))) },
  );
}
