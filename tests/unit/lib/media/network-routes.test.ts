import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { media } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { MEDIA_MAX_BYTES } from "@/lib/validations/media";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { pngBytes, SVG_BYTES } from "./images";

// As in routes.test.ts: each test says who asks; `reached` tells whether a refused call touched the database.
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

/** Everyone but the network's administrators and editors, portal editors included: each area keeps its own right. */
const REFUSED: [string, Role[]][] = [
  ["alumni", ["alumni"]],
  ["organisation member", ["organisation_member"]],
  ["network reader", ["network_reader"]],
  ["portal visitor", ["visitor"]],
  ["portal editor", ["editor"]],
  ["portal administrator", ["admin"]],
];

function uploadRequest(url: string, bytes: Uint8Array, options: { name?: string; alt?: string; origin?: string } = {}) {
  const form = new FormData();
  form.set("fichier", new File([bytes.slice().buffer as ArrayBuffer], options.name ?? "photo.png", { type: "image/png" }));
  if (options.alt !== undefined) form.set("alt", options.alt);
  return new Request(`${ORIGIN}${url}`, { method: "POST", body: form, headers: { host: "portail.test", origin: options.origin ?? ORIGIN } });
}

async function postNetwork(bytes: Uint8Array, options?: { name?: string; alt?: string; origin?: string }) {
  const { POST } = await import("@/app/(network)/reseau/admin/medias/envoi/route");
  return POST(uploadRequest("/reseau/admin/medias/envoi", bytes, options));
}
async function postPortal(bytes: Uint8Array) {
  const { POST } = await import("@/app/admin/medias/envoi/route");
  return POST(uploadRequest("/admin/medias/envoi", bytes));
}
async function recentNetwork() {
  const { GET } = await import("@/app/(network)/reseau/admin/medias/recents/route");
  return GET();
}
async function recentPortal() {
  const { GET } = await import("@/app/admin/medias/recents/route");
  return GET();
}
async function serve(id: string) {
  const { GET } = await import("@/app/medias/[id]/route");
  return GET(new Request(`${ORIGIN}/medias/${id}`), { params: Promise.resolve({ id }) });
}

describe(`network media routes on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let root: string;
  let networkEditor: SessionUser;
  let networkAdmin: SessionUser;
  let portalEditor: SessionUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await mkdtemp(path.join(tmpdir(), "passerelle-network-media-"));
    const { LocalMediaStore } = await import("@/lib/media/storage");
    state.db = t.db;
    state.store = new LocalMediaStore(path.join(root, "medias"));
    networkEditor = await createTestUser(t.db, { roles: ["network_editor"] });
    networkAdmin = await createTestUser(t.db, { roles: ["network_admin"] });
    portalEditor = await createTestUser(t.db, { roles: ["editor"] });
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    state.user = null;
    state.reached = false;
  });

  describe("POST /reseau/admin/medias/envoi", () => {
    it("answers 401 to an anonymous visitor, before any database access", async () => {
      const response = await postNetwork(pngBytes(10, 10));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false });
      expect(state.reached).toBe(false);
    });

    it.each(REFUSED)("answers 403 to a %s, before any database access", async (_label, roles) => {
      state.user = sessionUser(roles);
      const response = await postNetwork(pngBytes(10, 10));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/pas les droits/) });
      expect(state.reached).toBe(false);
    });

    it("answers 403 to a network editor whose request comes from another site, who must change a password, or who is deactivated", async () => {
      state.user = networkEditor;
      expect((await postNetwork(pngBytes(10, 10), { origin: "https://malveillant.example" })).status).toBe(403);
      state.user = { ...networkEditor, mustChangePassword: true };
      expect((await postNetwork(pngBytes(10, 10))).status).toBe(403);
      state.user = { ...networkEditor, status: "deactivated" };
      expect((await postNetwork(pngBytes(10, 10))).status).toBe(403);
      expect(state.reached).toBe(false);
    });

    it.each([
      ["network editor", () => networkEditor],
      ["network administrator", () => networkAdmin],
    ])("stores a %s's image in the network's folder", async (_label, who) => {
      state.user = who();
      const response = await postNetwork(pngBytes(640, 360), { alt: "Rencontre des anciens" });
      expect(response.status).toBe(201);
      const body = await response.json();
      expect(body).toMatchObject({ ok: true, data: { alt: "Rencontre des anciens", width: 640, height: 360 } });
      expect(body.data.url).toBe(`/medias/${body.data.id}`);
      const [row] = await t.db.select().from(media).where(eq(media.id, body.data.id));
      expect(row).toMatchObject({ storageKey: expect.stringMatching(new RegExp(`^reseau/\\d{4}/\\d{2}/${body.data.id}\\.png$`)), uploadedById: who().id });
    });

    it("checks the bytes and the size as the portal route does", async () => {
      state.user = networkEditor;
      const svg = await postNetwork(SVG_BYTES, { name: "logo.svg" });
      expect(svg.status).toBe(400);
      expect(await svg.json()).toEqual({ ok: false, error: "Ce fichier n'est pas une image JPEG, PNG, WebP ou GIF." });
      expect((await postNetwork(pngBytes(10, 10, MEDIA_MAX_BYTES + 1))).status).toBe(413);
    });

    it("is not opened to network publishers on the portal's route", async () => {
      state.user = networkEditor;
      expect((await postPortal(pngBytes(10, 10))).status).toBe(403);
      expect(state.reached).toBe(false);
    });
  });

  describe("GET /reseau/admin/medias/recents", () => {
    it("answers 401 to an anonymous visitor and 403 to everyone without network:publish", async () => {
      expect((await recentNetwork()).status).toBe(401);
      for (const [, roles] of REFUSED) {
        state.user = sessionUser(roles);
        expect((await recentNetwork()).status).toBe(403);
      }
      expect(state.reached).toBe(false);
    });

    it("lists network images to network publishers, and keeps each area's images out of the other's picker", async () => {
      state.user = networkEditor;
      const network = (await (await postNetwork(pngBytes(20, 20), { name: "gala.png" })).json()).data.id as string;
      state.user = portalEditor;
      const portal = (await (await postPortal(pngBytes(20, 20))).json()).data.id as string;

      state.user = networkAdmin;
      const networkList = (await (await recentNetwork()).json()).data.map((m: { id: string }) => m.id);
      expect(networkList).toContain(network);
      expect(networkList).not.toContain(portal);

      state.user = portalEditor;
      const portalList = (await (await recentPortal()).json()).data.map((m: { id: string }) => m.id);
      expect(portalList).toContain(portal);
      expect(portalList).not.toContain(network);
    });
  });

  describe("GET /medias/[id] for a network image", () => {
    it("serves it by its unguessable address (mail clients fetch newsletter images without a session), not for indexing", async () => {
      state.user = networkEditor;
      const bytes = pngBytes(30, 30);
      const { data } = await (await postNetwork(bytes)).json();
      state.user = null;
      const response = await serve(data.id);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
      expect(response.headers.get("x-robots-tag")).toBe("noindex");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    });

    it("leaves portal images indexable as before", async () => {
      state.user = portalEditor;
      const { data } = await (await postPortal(pngBytes(30, 30))).json();
      expect((await serve(data.id)).headers.get("x-robots-tag")).toBeNull();
    });
  });
});
