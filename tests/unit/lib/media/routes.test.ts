import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { pngBytes, SVG_BYTES } from "./images";

// The route handlers read the session through getCurrentUser: each test says who asks. The
// database and the store are the test's own; `reached` tells whether a refused call touched them.
const state = vi.hoisted(() => ({
  user: null as SessionUser | null,
  db: null as unknown,
  store: null as unknown,
  reached: false,
}));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({
  getDb: () => {
    state.reached = true;
    return state.db;
  },
}));
vi.mock("@/lib/media/storage", async (original) => ({
  ...(await original<typeof import("@/lib/media/storage")>()),
  getMediaStore: () => state.store,
}));

const ORIGIN = "http://portail.test";

function sessionUser(roles: Role[], overrides: Partial<SessionUser> = {}): SessionUser {
  return { id: `u-${roles.join("-") || "visitor"}`, email: "x@exemple.test", name: "X", roles, status: "active", mustChangePassword: false, ...overrides };
}

const REFUSED: [string, Role[]][] = [
  ["registered visitor", ["visitor"]],
  ["user with no role", []],
  ["content manager", ["content_manager"]],
  ["alumni", ["alumni"]],
];

function uploadRequest(bytes: Uint8Array, options: { name?: string; alt?: string; origin?: string } = {}) {
  const form = new FormData();
  form.set("fichier", new File([bytes.slice().buffer as ArrayBuffer], options.name ?? "photo.png", { type: "image/png" }));
  if (options.alt !== undefined) form.set("alt", options.alt);
  return new Request(`${ORIGIN}/admin/medias/envoi`, {
    method: "POST",
    body: form,
    headers: { host: "portail.test", origin: options.origin ?? ORIGIN },
  });
}

async function post(request: Request) {
  const { POST } = await import("@/app/admin/medias/envoi/route");
  return POST(request);
}
async function recent() {
  const { GET } = await import("@/app/admin/medias/recents/route");
  return GET();
}
async function serve(id: string, headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/medias/[id]/route");
  return GET(new Request(`${ORIGIN}/medias/${encodeURIComponent(id)}`, { headers }), { params: Promise.resolve({ id }) });
}

describe(`media route handlers on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let root: string;
  let editor: SessionUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await mkdtemp(path.join(tmpdir(), "passerelle-routes-"));
    const { LocalMediaStore } = await import("@/lib/media/storage");
    state.db = t.db;
    state.store = new LocalMediaStore(path.join(root, "medias"));
    editor = await createTestUser(t.db, { roles: ["editor"] });
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    state.user = null;
    state.reached = false;
  });

  describe("POST /admin/medias/envoi", () => {
    it("answers 401 to an anonymous visitor, before any database access", async () => {
      const response = await post(uploadRequest(pngBytes(10, 10)));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/session a expiré/) });
      expect(state.reached).toBe(false);
    });

    it.each(REFUSED)("answers 403 to a %s", async (_label, roles) => {
      state.user = sessionUser(roles);
      const response = await post(uploadRequest(pngBytes(10, 10)));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/pas les droits/) });
      expect(state.reached).toBe(false);
    });

    it("answers 403 to an editor whose request comes from another site, or who must change a reset password", async () => {
      state.user = editor;
      expect((await post(uploadRequest(pngBytes(10, 10), { origin: "https://malveillant.example" }))).status).toBe(403);
      state.user = { ...editor, mustChangePassword: true };
      expect((await post(uploadRequest(pngBytes(10, 10)))).status).toBe(403);
      expect(state.reached).toBe(false);
    });

    it("stores an editor's image and answers its address, size and alternative text", async () => {
      state.user = editor;
      const response = await post(uploadRequest(pngBytes(640, 360), { alt: "  Atelier CV  " }));
      expect(response.status).toBe(201);
      const body = await response.json();
      expect(body).toMatchObject({ ok: true, data: { id: expect.any(String), alt: "Atelier CV", width: 640, height: 360 } });
      expect(body.data.url).toBe(`/medias/${body.data.id}`);
    });

    it("refuses an SVG in French", async () => {
      state.user = editor;
      const response = await post(uploadRequest(SVG_BYTES, { name: "logo.svg" }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ ok: false, error: "Ce fichier n'est pas une image JPEG, PNG, WebP ou GIF." });
    });

    it("refuses a request without a file", async () => {
      state.user = editor;
      const form = new FormData();
      form.set("alt", "x");
      const response = await post(new Request(`${ORIGIN}/admin/medias/envoi`, { method: "POST", body: form, headers: { host: "portail.test", origin: ORIGIN } }));
      expect(response.status).toBe(400);
    });
  });

  describe("GET /admin/medias/recents", () => {
    it("answers 401 to an anonymous visitor and 403 to a registered visitor", async () => {
      expect((await recent()).status).toBe(401);
      state.user = sessionUser(["visitor"]);
      expect((await recent()).status).toBe(403);
      expect(state.reached).toBe(false);
    });

    it("lists the latest uploads, newest first, for an editor", async () => {
      state.user = editor;
      const first = await (await post(uploadRequest(pngBytes(20, 20), { name: "premiere.png" }))).json();
      const second = await (await post(uploadRequest(pngBytes(30, 30), { name: "seconde.png", alt: "Seconde" }))).json();
      const response = await recent();
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.ok).toBe(true);
      const ids = body.data.map((m: { id: string }) => m.id);
      expect(ids.indexOf(second.data.id)).toBeLessThan(ids.indexOf(first.data.id));
      expect(body.data[ids.indexOf(second.data.id)]).toEqual({
        id: second.data.id,
        url: `/medias/${second.data.id}`,
        alt: "Seconde",
        originalName: "seconde.png",
        width: 30,
        height: 30,
      });
    });
  });

  describe("GET /medias/[id]", () => {
    it("serves the stored bytes to anyone, with their type and safe, long-lived caching", async () => {
      state.user = editor;
      const bytes = pngBytes(50, 40);
      const { data } = await (await post(uploadRequest(bytes))).json();
      state.user = null;
      const response = await serve(data.id);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const etag = response.headers.get("etag")!;
      expect((await serve(data.id, { "if-none-match": etag })).status).toBe(304);
    });

    it.each(["0d4c6c5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f", "../../etc/passwd", "1", ""])("answers 404 for %j", async (id) => {
      const response = await serve(id);
      expect(response.status).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    });
  });
});
