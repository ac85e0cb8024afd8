import { API_DOCS_PATH } from "./config";

/**
 * Errors of the public API as RFC 9457 "problem details" (application/problem+json), in French
 * like the rest of the portal. `type` points to the documentation page section that explains the
 * problem; `errors` names each bad query parameter, so a partner sees at once what to fix.
 */

export type ParameterError = { parameter: string; detail: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ParameterError[];
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

const TYPES = {
  400: { slug: "parametre-invalide", title: "Paramètre invalide" },
  401: { slug: "cle-invalide", title: "Clé d'API invalide" },
  404: { slug: "introuvable", title: "Ressource introuvable" },
  405: { slug: "methode-non-autorisee", title: "Méthode non autorisée" },
  429: { slug: "trop-de-requetes", title: "Trop de requêtes" },
  500: { slug: "erreur-interne", title: "Erreur interne" },
  503: { slug: "indisponible", title: "Service momentanément indisponible" },
} as const;

export type ProblemStatus = keyof typeof TYPES;

export function problemTypeUri(status: ProblemStatus): string {
  return `${API_DOCS_PATH}#${TYPES[status].slug}`;
}

export function problem(status: ProblemStatus, detail: string, extra: { instance?: string; errors?: ParameterError[] } = {}): Problem {
  return {
    type: problemTypeUri(status),
    title: TYPES[status].title,
    status,
    detail,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors && extra.errors.length > 0 ? { errors: extra.errors } : {}),
  };
}

/** A 400 naming every bad parameter; the detail repeats the first so a log line is enough. */
export function invalidParameters(errors: ParameterError[], instance?: string): Problem {
  const first = errors[0];
  const detail =
    errors.length === 1 && first
      ? `Paramètre « ${first.parameter} » : ${first.detail}`
      : `Paramètres invalides : ${errors.map((e) => `« ${e.parameter} »`).join(", ")}.`;
  return problem(400, detail, { instance, errors });
}

/** Thrown by endpoint code for an expected failure; the wrapper turns it into the response. */
export class ApiProblemError extends Error {
  constructor(readonly problem: Problem, readonly headers: Record<string, string> = {}) {
    super(problem.detail);
    this.name = "ApiProblemError";
  }
}

export function notFound(detail: string): ApiProblemError {
  return new ApiProblemError(problem(404, detail));
}
