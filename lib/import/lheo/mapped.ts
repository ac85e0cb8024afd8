import type { Contact, NewAction, NewFormation, NewOrganisation, NewPlace, NewSession } from "@/db/schema";
import type { Anomaly, AnomalyLevel } from "./anomalies";

/** Columns the writer owns (identity, tracking, parent links); the mapper fills the rest. */
type WriterKeys = "id" | "source" | "status" | "contentHash" | "withdrawnAt" | "createdAt" | "updatedAt";

export type FormationRow = Omit<NewFormation, WriterKeys | "organisationId">;
export type ActionRow = Omit<NewAction, WriterKeys | "formationId">;
export type SessionRow = Omit<NewSession, WriterKeys | "actionId">;
export type OrganisationRow = Omit<NewOrganisation, WriterKeys>;
export type PlaceRow = Omit<NewPlace, "id">;

export type MappedOrganisation = { key: string; hash: string; row: OrganisationRow };

export type MappedSession = { lheoId: string; hash: string; row: SessionRow };

export type MappedAction = {
  lheoId: string;
  hash: string;
  row: ActionRow;
  /** Places in feed order, deduplicated by key. */
  places: PlaceRow[];
  trainers: { key: string; contacts: Contact[] | null }[];
  financers: { code: string; fundedPlaces: number | null }[];
  sessions: MappedSession[];
};

export type MappedFormation = {
  lheoId: string;
  hash: string;
  row: FormationRow;
  /** lheoKey of the organisme-formation-responsable, when it could be identified. */
  organisationKey: string | null;
  /** Every organisation the formation references (responsible first, then trainers). */
  organisations: MappedOrganisation[];
  domains: { system: "formacode" | "nsf"; code: string; principal: boolean }[];
  trades: string[];
  certifications: { kind: "RNCP" | "RS" | "CERTIFINFO" | "CPF"; code: string }[];
  actions: MappedAction[];
};

export type LevelCounts = Record<AnomalyLevel, number>;

export type MapResult = {
  /** Null when the formation itself was rejected (error anomaly). */
  formation: MappedFormation | null;
  anomalies: Anomaly[];
  /** Elements found in the file, whether imported or not. */
  read: { action: number; session: number };
  /** Records not imported because of an error, per level (a rejected formation takes its actions and sessions with it). */
  rejected: LevelCounts;
  /** Ids of rejected records that had one: a full import must not withdraw their previous version. */
  rejectedIds: { formation: string[]; action: string[]; session: string[] };
};
