import "server-only";
import { recordAudit } from "@/lib/auth/audit";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ApiKey, apiKeys } from "@/db/schema";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { generateApiKey, hashApiKey, isWellFormedApiKey } from "./key-format";
import { type CreateApiKeyInput, createApiKeySchema } from "./key-form";

/** A key as the back office lists it: never its hash. */
export type ApiKeySummary = Omit<ApiKey, "keyHash">;

const summaryColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  contact: apiKeys.contact,
  prefix: apiKeys.prefix,
  perMinute: apiKeys.perMinute,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** Every key, newest first, revoked ones included (they explain a partner's 401s). */
export async function listApiKeys(db: DbOrTx, actor: Actor | null): Promise<ApiKeySummary[]> {
  assertCan(actor, "api_keys:manage");
  return db.select(summaryColumns).from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Creates a key; the secret is in the result only, never stored nor shown again. */
export async function createApiKey(
  db: DbOrTx,
  actor: Actor | null,
  input: CreateApiKeyInput,
): Promise<{ key: ApiKeySummary; secret: string }> {
  assertCan(actor, "api_keys:manage");
  const values = createApiKeySchema.parse(input);
  const { secret, hash, prefix } = generateApiKey();
  const key = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ ...values, keyHash: hash, prefix, createdBy: actor.id })
      .returning(summaryColumns);
    if (!row) throw new Error("API key insert returned no row");
    await recordAudit(tx, {
      action: "admin.api_key_created",
      actor: { id: actor.id },
      target: { type: "api_key", id: String(row.id) },
      details: { name: row.name, prefix },
    });
    return row;
  });
  return { key, secret };
}

/** Revokes a key at once; false when it does not exist or was already revoked. */
export async function revokeApiKey(db: DbOrTx, actor: Actor | null, input: { id: number }): Promise<boolean> {
  assertCan(actor, "api_keys:manage");
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, input.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    if (rows.length === 0) return false;
    await recordAudit(tx, {
      action: "admin.api_key_revoked",
      actor: { id: actor.id },
      target: { type: "api_key", id: String(input.id) },
      details: { name: rows[0]!.name },
    });
    return true;
  });
}

export type KeyCheck =
  | { ok: true; key: { id: number; name: string; perMinute: number } }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/** lastUsedAt is a hint for administrators: written at most once a minute per key. */
const LAST_USED_PRECISION_MS = 60_000;

/** The key behind a secret sent by a client, for the API's authentication (no actor: the key is the credential). */
export async function authenticateApiKey(db: DbOrTx, secret: string, now: Date = new Date()): Promise<KeyCheck> {
  if (!isWellFormedApiKey(secret)) return { ok: false, reason: "malformed" };
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, perMinute: apiKeys.perMinute, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashApiKey(secret)));
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_PRECISION_MS))),
      ),
    );
  return { ok: true, key: { id: row.id, name: row.name, perMinute: row.perMinute } };
}
