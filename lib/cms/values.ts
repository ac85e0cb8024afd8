import "server-only";
import type { DbOrTx } from "@/db/client";
import { parsePortalDateTime } from "@/lib/dates";
import type { ContentFormValues } from "@/lib/validations/content";
import type { ContentKind } from "./kinds";
import { sanitizeRichText } from "./sanitize";
import { geolocate } from "./tables";

/** Columns a form writes (and a restored version puts back), per kind; status and dates excluded. */
const COMMON_FIELDS = ["title", "summary", "body", "audiences", "territory"] as const;

export const EDITABLE_FIELDS: Record<ContentKind, readonly string[]> = {
  actualite: [...COMMON_FIELDS, "themes", "imageId", "imageAlt"],
  evenement: [
    ...COMMON_FIELDS,
    "type",
    "startsAt",
    "endsAt",
    "online",
    "onlineUrl",
    "placeName",
    "address",
    "postcode",
    "city",
    "department",
    "region",
    "lat",
    "lon",
    "registrationUrl",
    "capacity",
    "organiserName",
  ],
  page: [...COMMON_FIELDS, "menuPosition"],
  ressource: [...COMMON_FIELDS, "kind", "url", "publisher", "themes"],
  structure: [
    ...COMMON_FIELDS,
    "structureType",
    "services",
    "themes",
    "publics",
    "address",
    "postcode",
    "city",
    "department",
    "region",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "openingHours",
  ],
  financement: [...COMMON_FIELDS, "acronym", "kind", "tags", "conditions", "amounts", "cpfEligible", "website"],
};

type Values = Record<string, unknown>;

/** The columns to write for a validated form: rich text sanitised, places geolocated, dates read as Paris time. */
export async function buildContentValues<K extends ContentKind>(db: DbOrTx, kind: K, form: ContentFormValues<K>): Promise<Values> {
  const values = form as unknown as Values;
  const body = sanitizeRichText(values.body as string | null);
  const common: Values = {
    title: values.title,
    summary: values.summary ?? null,
    body: body || null,
    audiences: unique(values.audiences as string[]),
    territory: unique(values.territory as string[]),
  };
  const pick = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, values[field] ?? null]));

  switch (kind) {
    case "actualite":
      return {
        ...common,
        themes: unique(values.themes as string[]),
        imageId: values.imageId ?? null,
        imageAlt: values.imageId ? values.imageAlt : null,
      };
    case "evenement": {
      const online = values.online === true;
      const place = {
        postcode: online ? null : ((values.postcode as string | null) ?? null),
        city: online ? null : ((values.city as string | null) ?? null),
        lat: online ? null : ((values.lat as number | null) ?? null),
        lon: online ? null : ((values.lon as number | null) ?? null),
      };
      const geo = online ? { lat: null, lon: null, department: null, region: null } : await geolocate(db, place);
      return {
        ...common,
        ...pick(["type", "placeName", "address", "registrationUrl", "capacity", "organiserName"]),
        startsAt: parsePortalDateTime(values.startsAt as string),
        endsAt: values.endsAt ? parsePortalDateTime(values.endsAt as string) : null,
        online,
        onlineUrl: online ? values.onlineUrl : (values.onlineUrl ?? null),
        placeName: online ? null : (values.placeName ?? null),
        address: online ? null : (values.address ?? null),
        postcode: place.postcode,
        city: place.city,
        ...geo,
      };
    }
    case "page":
      return { ...common, menuPosition: values.menuPosition ?? null };
    case "ressource":
      return { ...common, ...pick(["kind", "url", "publisher"]), themes: unique(values.themes as string[]) };
    case "structure": {
      const geo = await geolocate(db, {
        postcode: (values.postcode as string | null) ?? null,
        city: (values.city as string | null) ?? null,
        lat: (values.lat as number | null) ?? null,
        lon: (values.lon as number | null) ?? null,
      });
      return {
        ...common,
        ...pick(["structureType", "address", "postcode", "city", "phone", "email", "website", "openingHours"]),
        services: unique(values.services as string[]),
        themes: unique(values.themes as string[]),
        publics: unique(values.publics as string[]),
        ...geo,
      };
    }
    case "financement":
      return {
        ...common,
        ...pick(["acronym", "kind", "conditions", "amounts", "website"]),
        tags: unique(values.tags as string[]),
        cpfEligible: values.cpfEligible === true,
      };
  }
  throw new Error(`Unknown content kind: ${String(kind)}`);
}

function unique(list: string[] | undefined): string[] {
  return [...new Set(list ?? [])];
}
