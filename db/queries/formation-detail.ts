import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { type Address, type Contact, domainCodes, formationDomains, formationTrades, trades } from "@/db/schema";
import { codeLabel } from "@/lib/import/lheo/codes";

// The ROME code a feed names, joined to its parent fiche (the same table twice).
const namedTrade = alias(trades, "named_trade");

export type FormationSessionDetail = {
  id: number;
  startDate: string | null;
  endDate: string | null;
  registrationStart: string | null;
  registrationEnd: string | null;
  registrationDetails: string | null;
  /** dict-etat-recrutement: "1" open, "2" closed, "3" suspended. */
  recruitmentState: string | null;
  remote: boolean | null;
  urls: string[];
  contacts: Contact[];
};

export type FormationPlaceDetail = {
  id: number;
  name: string | null;
  lines: string[];
  postcode: string | null;
  city: string | null;
  department: string | null;
  lat: number | null;
  lon: number | null;
};

export type FormationActionDetail = {
  id: number;
  modality: "presentiel" | "mixte" | "distance" | null;
  alternance: "apprentissage" | "professionnalisation" | "toutes" | null;
  alternanceDetails: string | null;
  rhythm: string | null;
  durationText: string | null;
  hoursTotal: number | null;
  hoursCentre: number | null;
  hoursCompany: number | null;
  totalPrice: number | null;
  hourlyPrice: number | null;
  remainingCosts: string | null;
  fundingDetails: string | null;
  fundingPossible: boolean | null;
  regionFunded: boolean;
  cpfEligible: boolean;
  disabilityAccess: string | null;
  specificConditions: string | null;
  entryLevelRequired: boolean | null;
  permanentEntry: boolean | null;
  publicCodes: string[];
  publicInfo: string | null;
  recruitmentDetails: string | null;
  teachingDetails: string | null;
  languages: string[];
  urls: string[];
  infoAddress: Address | null;
  catering: string | null;
  lodging: string | null;
  transport: string | null;
  financers: { code: string; label: string; fundedPlaces: number | null }[];
  trainers: { id: number; name: string; active: boolean }[];
  places: FormationPlaceDetail[];
  sessions: FormationSessionDetail[];
};

export type FormationDetail = {
  id: number;
  title: string;
  objective: string | null;
  content: string | null;
  expectedResults: string | null;
  certifying: boolean;
  entryLevel: number | null;
  exitLevel: number | null;
  /** dict-AIS label (Certification, Professionnalisation, …). */
  generalObjective: string | null;
  urls: string[];
  contacts: Contact[];
  updatedOn: string | null;
  organisation: { id: number; name: string; city: string | null; active: boolean } | null;
  certifications: { kind: "RNCP" | "RS" | "CERTIFINFO" | "CPF"; code: string; label: string | null; level: number | null }[];
  domains: { system: "formacode" | "nsf"; code: string; label: string | null; principal: boolean }[];
  /** ROME parent fiches the formation leads to (one per public trade page). */
  trades: { code: string; label: string }[];
  actions: FormationActionDetail[];
  /** Region-funded when one of its active actions is. */
  regionFunded: boolean;
};

/**
 * Everything the training page shows, in three queries: the formation with its active actions,
 * their active sessions, places, trainers and financers (one relational query), then domain and
 * trade labels. Null for an unknown or withdrawn formation.
 */
export async function getFormationDetail(db: DbOrTx, params: { id: number }): Promise<FormationDetail | null> {
  if (!Number.isSafeInteger(params.id) || params.id <= 0 || params.id > 2_147_483_647) return null;
  const formation = await db.query.formations.findFirst({
    where: (f, { and, eq }) => and(eq(f.id, params.id), eq(f.status, "active")),
    with: {
      organisation: { columns: { id: true, name: true, address: true, status: true } },
      certifications: { with: { certification: true } },
      actions: {
        where: (a, { eq }) => eq(a.status, "active"),
        orderBy: (a, { asc }) => [asc(a.id)],
        with: {
          sessions: {
            where: (s, { eq }) => eq(s.status, "active"),
            // Sessions without a date (feeds say 00000000) come last.
            orderBy: (s, { asc }) => [sql`${s.startDate} asc nulls last`, asc(s.id)],
          },
          places: { orderBy: (p, { asc }) => [asc(p.position)], with: { place: true } },
          trainers: {
            orderBy: (t, { asc }) => [asc(t.position)],
            with: { organisation: { columns: { id: true, name: true, status: true } } },
          },
          financers: true,
        },
      },
    },
  });
  if (!formation) return null;

  const [domainRows, tradeRows] = await Promise.all([
    db
      .select({
        system: formationDomains.system,
        code: formationDomains.code,
        principal: formationDomains.principal,
        label: domainCodes.label,
      })
      .from(formationDomains)
      .leftJoin(
        domainCodes,
        and(eq(domainCodes.system, formationDomains.system), eq(domainCodes.code, formationDomains.code)),
      )
      .where(eq(formationDomains.formationId, formation.id))
      .orderBy(sql`${formationDomains.principal} desc`, asc(formationDomains.system), asc(formationDomains.code)),
    // Feeds may name a sub-trade code: its parent fiche is what has a page.
    db
      .selectDistinct({ code: trades.code, label: trades.label })
      .from(formationTrades)
      .innerJoin(namedTrade, eq(namedTrade.code, formationTrades.tradeCode))
      .innerJoin(trades, eq(trades.code, namedTrade.parentCode))
      .where(eq(formationTrades.formationId, formation.id))
      .orderBy(asc(trades.label)),
  ]);

  const actions = formation.actions.map(
    (action): FormationActionDetail => ({
      id: action.id,
      modality: action.modality,
      alternance: action.alternance,
      alternanceDetails: meaningful(action.alternanceDetails),
      rhythm: meaningful(action.rhythm),
      durationText: meaningful(action.durationText),
      hoursTotal: action.hoursTotal,
      hoursCentre: action.hoursCentre,
      hoursCompany: action.hoursCompany,
      totalPrice: action.totalPrice,
      hourlyPrice: action.hourlyPrice,
      remainingCosts: meaningful(action.remainingCosts),
      fundingDetails: meaningful(action.fundingDetails),
      fundingPossible: action.fundingPossible,
      regionFunded: action.regionFunded || action.financers.some((f) => f.financerCode === "2"),
      cpfEligible: action.cpfEligible,
      disabilityAccess: meaningful(action.disabilityAccess),
      specificConditions: meaningful(action.specificConditions),
      entryLevelRequired: action.entryLevelRequired,
      permanentEntry: action.permanentEntry,
      publicCodes: action.publicCodes,
      publicInfo: meaningful(action.publicInfo),
      recruitmentDetails: meaningful(action.recruitmentDetails),
      teachingDetails: meaningful(action.teachingDetails),
      languages: action.languages,
      urls: action.urls,
      infoAddress: action.infoAddress ?? null,
      catering: meaningful(action.catering),
      lodging: meaningful(action.lodging),
      transport: meaningful(action.transport),
      financers: action.financers
        .map((f) => ({
          code: f.financerCode,
          label: codeLabel("dict-financeurs", f.financerCode) ?? `Financeur (code ${f.financerCode})`,
          fundedPlaces: f.fundedPlaces,
        }))
        .sort((a, b) => Number(b.code === "2") - Number(a.code === "2") || a.label.localeCompare(b.label, "fr")),
      trainers: action.trainers.map((t) => ({
        id: t.organisation.id,
        name: t.organisation.name,
        active: t.organisation.status === "active",
      })),
      places: action.places.map(({ place }) => ({
        id: place.id,
        name: meaningful(place.name),
        lines: place.lines,
        postcode: place.postcode,
        city: place.city,
        department: place.department,
        lat: place.lat,
        lon: place.lon,
      })),
      sessions: action.sessions.map((s) => ({
        id: s.id,
        startDate: s.startDate,
        endDate: s.endDate,
        registrationStart: s.registrationStart,
        registrationEnd: s.registrationEnd,
        registrationDetails: meaningful(s.registrationDetails),
        recruitmentState: s.recruitmentState,
        remote: s.remote,
        urls: s.urls,
        contacts: s.contacts ?? [],
      })),
    }),
  );

  const organisation = formation.organisation;
  return {
    id: formation.id,
    title: formation.title,
    objective: meaningful(formation.objective),
    content: meaningful(formation.content),
    expectedResults: meaningful(formation.expectedResults),
    certifying: formation.certifying,
    entryLevel: formation.entryLevel && formation.entryLevel > 0 ? formation.entryLevel : null,
    exitLevel: formation.exitLevel && formation.exitLevel > 0 ? formation.exitLevel : null,
    generalObjective: formation.generalObjective ? (codeLabel("dict-AIS", formation.generalObjective) ?? null) : null,
    urls: formation.urls,
    contacts: formation.contacts ?? [],
    updatedOn: formation.lheoUpdatedOn,
    organisation: organisation
      ? {
          id: organisation.id,
          name: organisation.name,
          city: organisation.address?.city ?? null,
          active: organisation.status === "active",
        }
      : null,
    certifications: formation.certifications
      .map(({ certification }) => ({
        kind: certification.kind,
        code: certification.code,
        label: certification.label,
        level: certification.level,
      }))
      .sort((a, b) => CERT_ORDER.indexOf(a.kind) - CERT_ORDER.indexOf(b.kind) || a.code.localeCompare(b.code)),
    domains: domainRows.map((row) => ({ ...row, label: row.label ?? null })),
    trades: tradeRows,
    actions,
    regionFunded: actions.some((action) => action.regionFunded),
  };
}

const CERT_ORDER = ["RNCP", "RS", "CERTIFINFO", "CPF"];

/** LHEO feeds write "-" or blanks for "nothing to say": treat them as absent. */
function meaningful(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  return trimmed === "" || trimmed === "-" ? null : trimmed;
}
