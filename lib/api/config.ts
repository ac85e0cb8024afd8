/** Where the public API lives and how long partners may cache its answers. */

export const API_BASE_PATH = "/api/v1";
export const API_DOCS_PATH = "/api";
/** Version of the OpenAPI description; bumped when a response gains or changes a field. */
export const API_VERSION = "1.0.0";

/** Seconds a shared cache may keep an answer: details change once a day (imports), searches sooner. */
export const CACHE_SECONDS = {
  detail: 300,
  search: 60,
  document: 3600,
  export: 3600,
} as const;

export type CachePolicy = keyof typeof CACHE_SECONDS;

/** LHEO 2.3, the version the API writes. */
export const LHEO_NAMESPACE = "http://lheo.gouv.fr/2.3";
