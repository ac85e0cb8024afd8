import { createHash } from "node:crypto";
import { ApiProblemError, invalidParameters } from "../problem";
import { DEFAULT_PER_PAGE, MAX_PAGE } from "./definitions";

/**
 * Paging by page number or by cursor. The cursor is opaque to partners but simply carries the page,
 * the page size and a fingerprint of the other parameters: following it with changed filters would
 * silently mix two result lists, so that is refused with a 400.
 */

const PAGING_KEYS = new Set(["page", "par_page", "curseur"]);

type Cursor = { p: number; n: number; f: string };

/** Fingerprint of the criteria (every parameter but paging), order-insensitive. */
export function criteriaFingerprint(params: URLSearchParams): string {
  const entries = [...params.entries()]
    .filter(([key]) => !PAGING_KEYS.has(key))
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  return createHash("sha256").update(entries.join("&")).digest("base64url").slice(0, 12);
}

export function encodeCursor(page: number, perPage: number, fingerprint: string): string {
  const cursor: Cursor = { p: page, n: perPage, f: fingerprint };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { p, n, f } = parsed as Record<string, unknown>;
    if (!Number.isInteger(p) || !Number.isInteger(n) || typeof f !== "string") return null;
    return { p: p as number, n: n as number, f };
  } catch {
    return null;
  }
}

export type Paging = { page: number; perPage: number; fingerprint: string };

export function resolvePaging(
  input: { page?: number; par_page?: number; curseur?: string },
  params: URLSearchParams,
  limits: { maxPerPage: number },
): Paging {
  const fingerprint = criteriaFingerprint(params);
  if (input.curseur === undefined) {
    return { page: input.page ?? 1, perPage: input.par_page ?? DEFAULT_PER_PAGE, fingerprint };
  }
  if (input.page !== undefined) {
    throw new ApiProblemError(invalidParameters([{ parameter: "curseur", detail: "`curseur` et `page` ne se combinent pas : utilisez l'un ou l'autre." }]));
  }
  const cursor = decodeCursor(input.curseur);
  if (!cursor || cursor.p < 1 || cursor.p > MAX_PAGE || cursor.n < 1 || cursor.n > limits.maxPerPage) {
    throw new ApiProblemError(invalidParameters([{ parameter: "curseur", detail: "curseur illisible : reprenez celui d'une réponse de l'API." }]));
  }
  if (cursor.f !== fingerprint || (input.par_page !== undefined && input.par_page !== cursor.n)) {
    throw new ApiProblemError(
      invalidParameters([{ parameter: "curseur", detail: "ce curseur a été émis pour d'autres critères : gardez les mêmes paramètres pour le suivre." }]),
    );
  }
  return { page: cursor.p, perPage: cursor.n, fingerprint };
}

export type PageLinks = { courant: string; suivant: string | null; precedent: string | null };

/** Absolute links to this page and its neighbours, following with cursors. */
export function pageLinks(requestUrl: URL, paging: Paging, total: number): { links: PageLinks; nextCursor: string | null } {
  const withCursor = (page: number) => {
    const url = new URL(requestUrl);
    for (const key of PAGING_KEYS) url.searchParams.delete(key);
    url.searchParams.set("curseur", encodeCursor(page, paging.perPage, paging.fingerprint));
    return url.toString();
  };
  const hasNext = paging.page * paging.perPage < total && paging.page < MAX_PAGE;
  const nextCursor = hasNext ? encodeCursor(paging.page + 1, paging.perPage, paging.fingerprint) : null;
  return {
    links: {
      courant: requestUrl.toString(),
      suivant: hasNext ? withCursor(paging.page + 1) : null,
      precedent: paging.page > 1 ? withCursor(paging.page - 1) : null,
    },
    nextCursor,
  };
}
