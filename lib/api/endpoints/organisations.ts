import "server-only";
import { getOrganisationDetail, type OrganisationDetail } from "@/db/queries/organisation-detail";
import type { ApiCall, ApiResult } from "../handler";
import { apiLinks, type ApiLinks } from "../links";
import { ApiProblemError, notFound, problem } from "../problem";
import { findOrganisationIdBySiret } from "../queries";
import type { OrganisationJson } from "../schemas/others";
import { addressJson, contactJson } from "../serializers/contact";
import { parseOrThrow } from "./common";

/** The offer listed with an organisation: large training centres run a few hundred formations. */
const ORGANISATION_FORMATIONS = 200;

function organisationJson(org: OrganisationDetail, links: ApiLinks): OrganisationJson {
  return {
    id: org.id,
    SIRET: org.siret,
    "numero-activite": org.activityNumber,
    "code-UAI": org.uai,
    "nom-organisme": org.name,
    "raison-sociale": org.legalName,
    "renseignements-specifiques": org.description,
    adresse: addressJson(org.address),
    geolocalisation: org.geo ? { latitude: org.geo.lat, longitude: org.geo.lon } : null,
    contacts: org.contacts.map(contactJson),
    actif: org.active,
    url: links.organisationPage(org.id),
    formations: {
      total: org.formationTotal,
      resultats: org.formations.map((f) => ({
        id: f.id,
        "intitule-formation": f.title,
        url: links.formationPage(f.id),
        "url-api": links.formationApi(f.id),
        "organisme-formation-responsable":
          f.organisationId === null ? null : { id: f.organisationId, "nom-organisme": f.organisationName ?? "" },
        "prochaine-session": f.nextSession ? { debut: f.nextSession.startDate, ville: f.nextSession.city } : null,
        roles: f.roles.map((role) => (role === "responsible" ? "responsable" : "formateur")),
      })),
    },
    lieux: org.places.map((p) => ({
      id: p.id,
      nom: p.name,
      ligne: p.lines,
      codepostal: p.postcode,
      ville: p.city,
      departement: p.department,
    })),
  };
}

/** GET /api/v1/organismes/{siret}. */
export async function getOrganisation({ request, ctx }: ApiCall, rawSiret: string): Promise<ApiResult> {
  parseOrThrow({}, new URL(request.url).searchParams);
  const siret = rawSiret.replace(/\s/g, "");
  if (!/^\d{14}$/.test(siret)) {
    throw new ApiProblemError(
      problem(400, "Paramètre « siret » : numéro SIRET attendu (14 chiffres).", {
        errors: [{ parameter: "siret", detail: "14 chiffres attendus, par exemple 82422814200660." }],
      }),
    );
  }
  const id = await findOrganisationIdBySiret(ctx.db, { siret });
  const org = id === null ? null : await getOrganisationDetail(ctx.db, { id, today: ctx.today(), formationLimit: ORGANISATION_FORMATIONS });
  if (!org) throw notFound(`Aucun organisme de formation connu du portail n'a le SIRET ${siret}.`);
  return { type: "json", body: organisationJson(org, apiLinks(ctx.siteUrl)), cache: "detail" };
}
