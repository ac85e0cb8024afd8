import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives the embedded defaults when nothing is configured", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ DATA_DIR: ".data", PORT: 3000, SEED_DEMO: "auto" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MEILISEARCH_URL).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", MEILISEARCH_URL: "", RESEND_API_KEY: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.MEILISEARCH_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and coerces the port", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/db", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgres://u@127.0.0.1:5432/db");
    expect(env.PORT).toBe(8080);
  });

  it("names the bad value in a clear error", () => {
    expect(() => parseEnv({ PORT: "quatre-vingt" })).toThrowError(EnvError);
    expect(() => parseEnv({ PORT: "quatre-vingt" })).toThrowError(/PORT = "quatre-vingt"/);
    expect(() => parseEnv({ MEILISEARCH_URL: "ftp://search" })).toThrowError(/MEILISEARCH_URL/);
  });

  it("never prints a secret in the error", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://user:s3cret@host/db", AUTH_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("AUTH_SECRET");
      expect(message).not.toContain("s3cret");
      expect(message).not.toContain("short");
    }
  });
});
