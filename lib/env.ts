import { existsSync } from "node:fs";
import { z } from "zod";

// Empty strings in a .env file or a CI matrix mean "not set", not "set to nothing".
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());
const optionalUrl = (protocol?: RegExp) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.url(protocol ? { protocol } : undefined).optional());

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl(/^postgres(ql)?$/),
  DATA_DIR: z.string().min(1).default(".data"),
  MEILISEARCH_URL: optionalUrl(/^https?$/),
  MEILISEARCH_KEY: optionalString,
  RESEND_API_KEY: optionalString,
  EMAIL_FROM: z.string().min(3).default("Passerelle <ne-pas-repondre@passerelle.localhost>"),
  /** Creates (or promotes) this administrator account at start; without it a first administrator gets a random password. */
  ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  /** Where contact-form messages go; unset: ADMIN_EMAIL, else contact@ the SITE_URL's domain (lib/contact/send-message.ts). */
  CONTACT_EMAIL: optionalString.pipe(z.email().optional()),
  ADMIN_PASSWORD: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(12).optional()),
  /** Daily jobs (saved-search alerts, drop-folder import) run in the server process; "off" leaves them to cron. */
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  ALERTS_EVERY_HOURS: z.coerce.number().min(0.25).max(744).default(24),
  /** Drop folder of LHEO deliveries (FTP); unset means no scheduled import. */
  IMPORT_DIR: optionalString,
  IMPORT_EVERY_HOURS: z.coerce.number().min(0.25).max(744).default(24),
  AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public address, used in emails and feeds; defaults to http://localhost:PORT. */
  SITE_URL: optionalUrl(/^https?$/),
  SITE_NAME: z.string().min(1).default("Passerelle"),
  REGION_NAME: z.string().min(1).default("Occitanie"),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  DEMO_FORMATIONS: z.coerce.number().int().min(0).max(100_000).default(3000),
  SHARED_DATA_DIR: optionalString,
  /** Public API (/api/v1): requests per minute for a client without a key (per address, per process). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Public API: the per-minute limit a new partner key gets unless the administrator sets another. */
  API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(1200),
  /**
   * Reverse proxies in front of the server whose X-Forwarded-For entries are trusted (0: none, the
   * socket's peer is the client). Per-address limits depend on it: scripts/forwarded-for.cjs.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Uploaded images go to this S3-compatible bucket (path-style URLs) when all four are set; else under DATA_DIR/medias. */
  S3_ENDPOINT: optionalUrl(/^https?$/),
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_REGION: z.string().min(1).default("auto"),
}).superRefine((env, ctx) => {
  // Half a storage configuration would silently fall back to the local disk: refuse it instead.
  const keys = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  if (!keys.some((key) => env[key])) return;
  for (const key of keys) {
    if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "requis dès qu'une variable S3_ est définie" });
  }
}).transform((env) => ({ ...env, SITE_URL: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "") }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Configuration invalide :\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "EnvError";
  }
}

const SECRET_KEYS = new Set(["DATABASE_URL", "MEILISEARCH_KEY", "RESEND_API_KEY", "AUTH_SECRET", "ADMIN_PASSWORD", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]);

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const key = issue.path.join(".");
    const raw = source[key];
    // Name the bad value so the operator can fix it, but never print a secret.
    const shown = raw === undefined ? "absent" : SECRET_KEYS.has(key) ? "(valeur masquée)" : JSON.stringify(raw);
    return `${key} = ${shown} : ${issue.message}`;
  });
  throw new EnvError(issues);
}

let cached: Env | undefined;

/** The process configuration, parsed once; the only reader of process.env in the app. */
export function getEnv(): Env {
  if (!cached) {
    // Scripts run outside Next, which loads .env itself; variables already set always win.
    if (process.env.NODE_ENV !== "test" && existsSync(".env")) process.loadEnvFile(".env");
    cached = parseEnv(process.env);
  }
  return cached;
}
