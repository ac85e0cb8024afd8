import { z } from "zod";
import type { ParameterError } from "../problem";

/**
 * Query parameters of the public API, declared once: the same definitions validate requests and
 * describe the parameters in the OpenAPI document (lib/api/openapi), so the two cannot drift.
 * Unlike the portal's tolerant URL parsing, the API refuses what it does not understand: a
 * partner's typo must surface as a 400 naming the parameter, not as silently wider results.
 */

type ParamMeta = { description: string; example?: string; default?: string | number };

export type SingleParam<S extends z.ZodType = z.ZodType> = ParamMeta & { schema: S; multiple: false };
/** Repeated (`?niveau=3&niveau=4`) or comma-separated (`?niveau=3,4`): both are accepted. */
export type MultiParam<S extends z.ZodType = z.ZodType> = ParamMeta & { schema: S; multiple: true };
export type ParamDef = SingleParam | MultiParam;
export type ParamDefs = Record<string, ParamDef>;

export function param<S extends z.ZodType>(schema: S, meta: ParamMeta): SingleParam<S> {
  return { schema, multiple: false, ...meta };
}

export function multiParam<S extends z.ZodType>(schema: S, meta: ParamMeta): MultiParam<S> {
  return { schema, multiple: true, ...meta };
}

type OutputOf<D> =
  D extends MultiParam<infer S> ? z.output<S>[] : D extends SingleParam<infer S> ? z.output<S> | undefined : never;

export type ParsedQuery<D extends ParamDefs> = { [K in keyof D]: OutputOf<D[K]> };

export type QueryResult<D extends ParamDefs> = { ok: true; data: ParsedQuery<D> } | { ok: false; errors: ParameterError[] };

export const MAX_VALUES_PER_PARAM = 30;
const fr = z.locales.fr().localeError;

function issueMessage(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => issue.message).join(" ; ");
}

export function parseQuery<D extends ParamDefs>(defs: D, params: URLSearchParams): QueryResult<D> {
  const errors: ParameterError[] = [];
  const data: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (!Object.hasOwn(defs, name)) {
      errors.push({ parameter: name, detail: `paramètre inconnu. Paramètres acceptés : ${Object.keys(defs).join(", ")}.` });
    }
  }
  for (const [name, def] of Object.entries(defs)) {
    const raw = params.getAll(name);
    if (def.multiple) {
      const values = raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
      if (values.length > MAX_VALUES_PER_PARAM) {
        errors.push({ parameter: name, detail: `${MAX_VALUES_PER_PARAM} valeurs au plus.` });
        continue;
      }
      const parsed = z.array(def.schema).safeParse(values, { error: fr });
      if (parsed.success) data[name] = [...new Set(parsed.data as unknown[])];
      else errors.push({ parameter: name, detail: issueMessage(parsed.error.issues) });
      continue;
    }
    const values = raw.map((v) => v.trim()).filter((v) => v !== "");
    if (values.length > 1) {
      errors.push({ parameter: name, detail: "une seule valeur attendue." });
      continue;
    }
    if (values.length === 0) {
      data[name] = undefined;
      continue;
    }
    const parsed = def.schema.safeParse(values[0], { error: fr });
    if (parsed.success) data[name] = parsed.data;
    else errors.push({ parameter: name, detail: issueMessage(parsed.error.issues) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: data as ParsedQuery<D> };
}

/** Shared parameter schemas (inputs are always strings). */
export const schemas = {
  text: (max: number) => z.string().max(max, `${max} caractères au plus.`),
  isoDate: () => z.iso.date({ error: "date attendue au format AAAA-MM-JJ, par exemple 2026-09-01." }),
  integer: (min: number, max: number) =>
    z.coerce
      .number({ error: "nombre entier attendu." })
      .int("nombre entier attendu.")
      .min(min, `${min} au moins.`)
      .max(max, `${max} au plus.`),
  number: (min: number, max: number) =>
    z.coerce.number({ error: "nombre attendu." }).min(min, `${min} au moins.`).max(max, `${max} au plus.`),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: `valeurs acceptées : ${values.join(", ")}.` }),
  pattern: (pattern: RegExp, hint: string) => z.string().regex(pattern, hint),
  flag: () =>
    z
      .enum(["1", "0", "true", "false"], { error: "valeurs acceptées : 1, 0, true, false." })
      .transform((value) => value === "1" || value === "true"),
};
