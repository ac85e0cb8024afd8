import "server-only";
import { clientIp } from "@/lib/auth/request-ip";
import type { ApiContext } from "./context";
import { problemResponse } from "./http";
import { apiKeyFromHeaders } from "./key-format";
import { authenticateApiKey } from "./keys";
import { problem } from "./problem";
import { rateLimitHeaders } from "./rate-limit";

export type Admission =
  | { ok: true; client: { keyId: number | null }; headers: Record<string, string> }
  | { ok: false; response: Response };

/**
 * Who is asking and whether they may ask now. A request with a key is counted against that key's
 * own limit; without one, against its address's. A key that is sent but unknown or revoked is a
 * 401, never a silent fallback to anonymous access: the partner must learn that their key is dead.
 */
export async function admit(request: Request, ctx: ApiContext): Promise<Admission> {
  const secret = apiKeyFromHeaders(request.headers);
  const address = `ip:${clientIp(request.headers)}`;
  if (secret !== undefined) {
    const check = await authenticateApiKey(ctx.db, secret);
    if (!check.ok) {
      // Bad keys still count against the address, so guessing costs the guesser's own quota.
      const decision = ctx.limiter.hit(address, ctx.anonymousPerMinute);
      const limitHeaders = rateLimitHeaders(decision);
      if (!decision.allowed) return { ok: false, response: tooManyRequests(limitHeaders) };
      const detail =
        check.reason === "revoked"
          ? "Cette clé d'API a été révoquée. Demandez une nouvelle clé à l'administrateur du portail, ou appelez l'API sans clé."
          : "Clé d'API inconnue. Vérifiez l'en-tête Authorization (Bearer <clé>) ou X-API-Key, ou appelez l'API sans clé.";
      return {
        ok: false,
        response: problemResponse(problem(401, detail), {
          ...limitHeaders,
          "WWW-Authenticate": 'Bearer realm="api", error="invalid_token"',
        }),
      };
    }
    const decision = ctx.limiter.hit(`key:${check.key.id}`, check.key.perMinute);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) return { ok: false, response: tooManyRequests(headers) };
    return { ok: true, client: { keyId: check.key.id }, headers };
  }
  const decision = ctx.limiter.hit(address, ctx.anonymousPerMinute);
  const headers = rateLimitHeaders(decision);
  if (!decision.allowed) return { ok: false, response: tooManyRequests(headers) };
  return { ok: true, client: { keyId: null }, headers };
}

function tooManyRequests(headers: Record<string, string>): Response {
  const wait = headers["Retry-After"] ?? "60";
  return problemResponse(
    problem(
      429,
      `Limite de requêtes atteinte pour ce client : réessayez dans ${wait} s. Une clé d'API, délivrée par l'administrateur du portail, donne une limite plus élevée.`,
    ),
    headers,
  );
}
