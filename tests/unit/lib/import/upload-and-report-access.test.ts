import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { getImportReport, getImportsOverview, openAnomaliesExport } from "@/lib/import/reports";
import { runImport } from "@/lib/import/lheo/run-import";
import { generateLheoStream } from "@/lib/import/lheo/generator";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

// The pages and route handlers read the session through getCurrentUser: each test says who asks.
// The database is out of reach, so a refusal is proven to come before any data is read.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/db", () => ({
  getDb: () => {
    throw new Error("the database was reached");
  },
}));

const ROOT = path.resolve(import.meta.dirname, "../../../..");
const FORBIDDEN_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;403";

function sessionUser(roles: Role[], overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: `u-${roles.join("-") || "visitor"}`, email: "x@exemple.test", name: "X", roles, status: "active", mustChangePassword: false, ...overrides };
}

const REFUSED: [string, Role[]][] = [
  ["visitor", []],
  ["editor", ["editor"]],
  ["alumni", ["alumni"]],
  ["organisation member", ["organisation_member"]],
  ["moderator", ["moderator"]],
];

describe(`import report services on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let runId: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    const { run } = await runImport(t.db, {
      input: generateLheoStream({ formations: 2, seed: 3, today: "2025-03-01", idPrefix: "ACC_" }),
      fileName: "acces.xml",
      source: "acces",
      mode: "full",
    });
    runId = run.id;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const calls = {
    overview: (actor: SessionUser | null) => getImportsOverview(t.db, actor, { page: 1, perPage: 20 }),
    report: (actor: SessionUser | null) => getImportReport(t.db, actor, { runId, page: 1, perPage: 20 }),
    export: (actor: SessionUser | null) => openAnomaliesExport(t.db, actor, { runId }),
  };

  describe.each([...REFUSED, ["deactivated content manager", ["content_manager"]] as [string, Role[]]])("a %s", (label, roles) => {
    it.each(Object.keys(calls) as (keyof typeof calls)[])("is refused the %s", async (call) => {
      const user = await createTestUser(t.db, { roles, status: label.startsWith("deactivated") ? "deactivated" : "active" });
      await expect(calls[call](user)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  it("refuses an anonymous caller", async () => {
    await expect(calls.overview(null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each<Role>(["content_manager", "admin"])("serves a %s, who may also upload", async (role) => {
    const user = await createTestUser(t.db, { roles: [role] });
    const overview = await calls.overview(user);
    expect(overview.canUpload).toBe(true);
    expect(overview.runs.rows.map((r) => r.id)).toContain(runId);
    expect((await calls.report(user))?.run.id).toBe(runId);
    expect(await getImportReport(t.db, user, { runId: 999_999, page: 1, perPage: 20 })).toBeNull();
  });
});

describe("upload route handler", () => {
  beforeEach(() => {
    session.user = null;
  });

  async function post(headers: Record<string, string> = {}, query = "nom=offres.xml&mode=full") {
    const { POST } = await import("@/app/admin/imports/televerser/envoi/route");
    const request = new Request(`http://portail.test/admin/imports/televerser/envoi?${query}`, {
      method: "POST",
      body: "<lheo/>",
      headers: { host: "portail.test", origin: "http://portail.test", "content-type": "application/octet-stream", ...headers },
    });
    return POST(request);
  }

  it("answers 401 to an anonymous visitor", async () => {
    const response = await post();
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/session a expiré/) });
  });

  it.each(REFUSED)("answers 403 to a %s", async (_label, roles) => {
    session.user = sessionUser(roles);
    const response = await post();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/pas les droits/) });
  });

  it("answers 403 to an administrator whose request comes from another site", async () => {
    session.user = sessionUser(["admin"]);
    expect((await post({ origin: "https://malveillant.example" })).status).toBe(403);
    expect((await post({ origin: "" })).status).toBe(403);
  });

  it("answers 403 to an administrator who must first change a reset password", async () => {
    session.user = sessionUser(["admin"], { mustChangePassword: true });
    expect((await post()).status).toBe(403);
  });

  it("refuses a file that is not XML, in French, before reading it", async () => {
    session.user = sessionUser(["content_manager"]);
    const response = await post({}, "nom=offres.pdf&mode=full");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/seuls les fichiers \.xml ou \.xml\.gz/) });
    expect((await post({}, "nom=offres.xml&mode=tout")).status).toBe(400);
  });
});

describe("import pages and CSV export", () => {
  beforeAll(() => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const pages = {
    list: async () => (await import("@/app/admin/imports/page")).default({ searchParams: Promise.resolve({}) } as never),
    detail: async () =>
      (await import("@/app/admin/imports/[id]/page")).default({ params: Promise.resolve({ id: "1" }), searchParams: Promise.resolve({}) } as never),
    upload: async () => (await import("@/app/admin/imports/televerser/page")).default(),
    csv: async () =>
      (await import("@/app/admin/imports/[id]/anomalies.csv/route")).GET(new Request("http://portail.test/admin/imports/1/anomalies.csv"), {
        params: Promise.resolve({ id: "1" }),
      } as never),
  };

  it.each(Object.keys(pages) as (keyof typeof pages)[])("sends an anonymous visitor of the %s page to sign in", async (page) => {
    session.user = null;
    await expect(pages[page]()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/connexion\?retour=%2Fadmin%2Fimports/) });
  });

  describe.each(REFUSED)("a %s", (_label, roles) => {
    it.each(Object.keys(pages) as (keyof typeof pages)[])("gets the 403 page for the %s page", async (page) => {
      session.user = sessionUser(roles);
      await expect(pages[page]()).rejects.toMatchObject({ digest: FORBIDDEN_DIGEST });
    });
  });

  it("asks for the upload right on the upload page, not only the read right", async () => {
    // No role reads imports without uploading today, so only the source can tell the two apart.
    const source = readFileSync(path.join(ROOT, "app/admin/imports/televerser/page.tsx"), "utf8");
    expect(source).toMatch(/requirePermission\("imports:upload", "\/admin\/imports\/televerser"\)/);
  });

  it.each([
    ["app/admin/imports/page.tsx", /requirePermission\("imports:read", "\/admin\/imports"\)/],
    ["app/admin/imports/[id]/page.tsx", /requirePermission\("imports:read", `\/admin\/imports\/\$\{id\}`\)/],
    ["app/admin/imports/[id]/anomalies.csv/route.ts", /requirePermission\("imports:read", `\/admin\/imports\/\$\{id\}`\)/],
    ["app/admin/imports/televerser/envoi/route.ts", /can\(user, "imports:upload"\)/],
  ])("%s checks its permission before anything else", (file, pattern) => {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const check = source.search(pattern);
    expect(check).toBeGreaterThan(0);
    // Nothing reaches the database before the check.
    expect(source.indexOf("getDb()")).toBeGreaterThan(check);
  });
});
