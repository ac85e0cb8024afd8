import "server-only";
import { findPlaceCoordinates } from "@/db/queries/places";
import type { GeoPoint } from "@/lib/search/types";
import type { ApiContext } from "../context";
import { type ParamDefs, type ParsedQuery, parseQuery } from "../params/query";
import { type ParameterError, ApiProblemError, invalidParameters } from "../problem";

/** Validation steps every list endpoint shares. */

export function parseOrThrow<D extends ParamDefs>(defs: D, params: URLSearchParams): ParsedQuery<D> {
  const parsed = parseQuery(defs, params);
  if (!parsed.ok) throw new ApiProblemError(invalidParameters(parsed.errors));
  return parsed.data;
}

export function refuse(errors: ParameterError[]): never {
  throw new ApiProblemError(invalidParameters(errors));
}

type PlaceInput = { lieu?: string; lat?: number; lon?: number; rayon?: number; tri?: string };

/**
 * The search point: a commune or postcode resolved from the catalogue's places, or explicit
 * coordinates. Half a point, both kinds at once, an unknown place or a radius without a point are
 * refused: each would otherwise widen the results without the partner noticing.
 */
export async function resolveNear(ctx: ApiContext, input: PlaceInput): Promise<GeoPoint | null> {
  const errors: ParameterError[] = [];
  const hasCoordinates = input.lat !== undefined || input.lon !== undefined;
  if (input.lieu !== undefined && hasCoordinates) {
    errors.push({ parameter: "lieu", detail: "indiquez soit `lieu`, soit `lat` et `lon`, pas les deux." });
  }
  if (hasCoordinates && (input.lat === undefined || input.lon === undefined)) {
    errors.push({ parameter: input.lat === undefined ? "lat" : "lon", detail: "`lat` et `lon` vont ensemble." });
  }
  if (input.rayon !== undefined && input.lieu === undefined && !hasCoordinates) {
    errors.push({ parameter: "rayon", detail: "un rayon s'applique autour de `lieu` ou de `lat`/`lon`." });
  }
  if (input.tri === "distance" && input.lieu === undefined && !hasCoordinates) {
    errors.push({ parameter: "tri", detail: "le tri par distance demande `lieu` ou `lat`/`lon`." });
  }
  if (errors.length > 0) refuse(errors);
  if (input.lat !== undefined && input.lon !== undefined) return { lat: input.lat, lon: input.lon };
  if (input.lieu === undefined) return null;
  const place = await findPlaceCoordinates(ctx.db, { query: input.lieu });
  if (!place) {
    refuse([
      {
        parameter: "lieu",
        detail: `lieu « ${input.lieu} » inconnu : indiquez une commune où se tiennent des formations, ou un code postal, ou bien \`lat\`/\`lon\`.`,
      },
    ]);
  }
  return { lat: place.lat, lon: place.lon };
}

export function checkDateRange(input: { debut?: string; fin?: string }): void {
  if (input.debut && input.fin && input.debut > input.fin) {
    refuse([{ parameter: "fin", detail: "la date de fin précède la date de début." }]);
  }
}
