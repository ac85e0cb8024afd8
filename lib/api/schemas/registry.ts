import { z } from "zod";

/**
 * The named schemas of the API: each becomes `#/components/schemas/<id>` in the OpenAPI document.
 * A registry of its own, so other modules' schema metadata never leaks into the API description.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** Describes a schema and registers it under `id`. */
export function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  const described = schema.meta({ description }) as T;
  apiSchemas.add(described, { id });
  return described;
}
