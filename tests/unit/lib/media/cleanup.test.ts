import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { contentRevisions, events, financingSchemes, infoPages, media, networkPosts, news, newsletters, resources, supportStructures } from "@/db/schema";
import { deleteUnusedMedia, MEDIA_GRACE_MS } from "@/lib/media/cleanup";
import { LocalMediaStore, type MediaStore } from "@/lib/media/storage";
import { uploadImage } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/url";
import { parseEnv } from "@/lib/env";
import { listJobs } from "@/lib/jobs";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { pngBytes } from "./images";

// The job takes the configured store; the tests give it theirs.
const state = vi.hoisted(() => ({ store: null as unknown }));
vi.mock("@/lib/media/storage", async (original) => ({
  ...(await original<typeof import("@/lib/media/storage")>()),
  getMediaStore: () => state.store,
}));

const DAY = 24 * 60 * 60 * 1000;
// Now, not a fixed date: the scheduled job runs with the clock.
const NOW = new Date();
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

let slugs = 0;
const slug = () => `contenu-${++slugs}`;

describe(`deleteUnusedMedia on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let root: string;
  let store: LocalMediaStore;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await mkdtemp(path.join(tmpdir(), "passerelle-media-cleanup-"));
    store = new LocalMediaStore(path.join(root, "medias"));
    state.store = store;
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  /** An uploaded image `ageDays` old, its file in the store. */
  async function addImage(ageDays: number, options: { withFile?: boolean } = {}) {
    const id = randomUUID();
    const storageKey = `2031/06/${id}.png`;
    if (options.withFile !== false) await store.put(storageKey, pngBytes(4, 4));
    await t.db.insert(media).values({ id, storageKey, mimeType: "image/png", size: 64, originalName: "photo.png", createdAt: daysAgo(ageDays) });
    return { id, storageKey, url: mediaUrl(id) };
  }

  async function exists(image: { id: string; storageKey: string }) {
    const rows = await t.db.select({ id: media.id }).from(media).where(eq(media.id, image.id));
    return { row: rows.length === 1, file: (await store.get(image.storageKey)) !== null };
  }

  const run = (options: { store?: MediaStore; batchSize?: number } = {}) =>
    deleteUnusedMedia(t.db, options.store ?? store, { now: NOW, batchSize: options.batchSize });

  const img = (url: string) => `<p>Texte</p><figure><img src="${url}" alt="Illustration"></figure>`;

  it("removes the file and the row of an unused image past the grace period, and keeps a recent one", async () => {
    const old = await addImage(8);
    const recent = await addImage(6);
    expect(await run()).toEqual({ deleted: 1, failed: 0 });
    expect(await exists(old)).toEqual({ row: false, file: false });
    expect(await exists(recent)).toEqual({ row: true, file: true });
    expect(MEDIA_GRACE_MS).toBe(7 * DAY);
  });

  it("removes an image uploaded through the back office: the audit line of its upload is no use of it", async () => {
    const editor = await createTestUser(t.db, { roles: ["editor"] });
    const uploaded = await uploadImage(t.db, store, { actor: editor, fileName: "affiche.png", bytes: pngBytes(8, 8), now: daysAgo(30) });
    if (!uploaded.ok) throw new Error(uploaded.error);
    const [row] = await t.db.select().from(media).where(eq(media.id, uploaded.data.id));
    expect(await exists(row!)).toEqual({ row: true, file: true });
    expect(await run()).toEqual({ deleted: 1, failed: 0 });
    expect(await exists(row!)).toEqual({ row: false, file: false });
  });

  it("removes the row of an image whose file is already gone", async () => {
    const orphan = await addImage(10, { withFile: false });
    expect(await run()).toEqual({ deleted: 1, failed: 0 });
    expect(await exists(orphan)).toEqual({ row: false, file: false });
  });

  // Each case stores one reference to an old image; an unused old image removed by the same run
  // shows the run did remove what it should.
  const REFERENCES: [string, (image: { id: string; url: string }) => Promise<unknown>][] = [
    ["the main image of a news item", (image) => t.db.insert(news).values({ slug: slug(), title: "Actualité", imageId: image.id, imageAlt: "" })],
    ["the body of a news item", (image) => t.db.insert(news).values({ slug: slug(), title: "Actualité", body: img(image.url) })],
    [
      "the body of an agenda event",
      (image) => t.db.insert(events).values({ slug: slug(), title: "Salon", startsAt: daysAgo(-10), body: img(image.url) }),
    ],
    ["the body of an information page", (image) => t.db.insert(infoPages).values({ slug: slug(), title: "Page", body: img(image.url) })],
    [
      "the body of a resource",
      (image) => t.db.insert(resources).values({ slug: slug(), title: "Guide", kind: "guide", url: "https://exemple.test/guide", body: img(image.url) }),
    ],
    [
      "the body of a support structure",
      (image) => t.db.insert(supportStructures).values({ slug: slug(), title: "Mission locale", structureType: "ML", body: img(image.url) }),
    ],
    [
      "the body of a financing scheme",
      (image) => t.db.insert(financingSchemes).values({ slug: slug(), title: "CPF", kind: "cpf", body: img(image.url) }),
    ],
    [
      "the French body of a network post",
      (image) => t.db.insert(networkPosts).values({ kind: "news", titleFr: "Nouvelle", bodyFr: img(image.url) }),
    ],
    [
      "the English body of a network post",
      (image) => t.db.insert(networkPosts).values({ kind: "news", titleFr: "Nouvelle", bodyFr: "<p>Sans image</p>", bodyEn: img(image.url) }),
    ],
    [
      "the French body of a newsletter",
      (image) => t.db.insert(newsletters).values({ subjectFr: "Lettre", bodyFr: img(image.url), segment: { kinds: ["alumni"] } }),
    ],
    [
      "the English body of a newsletter, as an absolute address",
      (image) =>
        t.db
          .insert(newsletters)
          .values({ subjectFr: "Lettre", bodyFr: "<p>Sans image</p>", bodyEn: img(`https://portail.exemple.fr${image.url}`), segment: { kinds: ["alumni"] } }),
    ],
    [
      "only an old revision's main image (the record no longer has it)",
      (image) =>
        t.db.insert(contentRevisions).values({
          kind: "actualite",
          contentId: 4242,
          version: 1,
          operation: "created",
          status: "draft",
          title: "Ancienne version",
          data: { id: 4242, title: "Ancienne version", imageId: image.id, imageAlt: "Photo", body: "<p>Sans image</p>" },
        }),
    ],
    [
      "only an old revision's body",
      (image) =>
        t.db.insert(contentRevisions).values({
          kind: "page",
          contentId: 4243,
          version: 1,
          operation: "created",
          status: "draft",
          title: "Ancienne version",
          data: { id: 4243, title: "Ancienne version", body: img(image.url) },
        }),
    ],
  ];

  it.each(REFERENCES)("keeps an old image named by %s", async (_label, reference) => {
    const used = await addImage(90);
    const unused = await addImage(90);
    await reference(used);
    expect(await run()).toEqual({ deleted: 1, failed: 0 });
    expect(await exists(used)).toEqual({ row: true, file: true });
    expect(await exists(unused)).toEqual({ row: false, file: false });
  });

  it("leaves the row when the store fails to remove the file, and removes it at the next run", async () => {
    const stuck = await addImage(20);
    const other = await addImage(20);
    const failing: MediaStore = {
      put: (key, bytes) => store.put(key, bytes),
      get: (key) => store.get(key),
      remove: async (key) => {
        if (key === stuck.storageKey) throw new Error("Stockage S3 : suppression refusée (503)");
        await store.remove(key);
      },
    };
    expect(await run({ store: failing })).toEqual({ deleted: 1, failed: 1 });
    expect(await exists(stuck)).toEqual({ row: true, file: true });
    expect(await exists(other)).toEqual({ row: false, file: false });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(stuck.storageKey), expect.any(Error));

    expect(await run()).toEqual({ deleted: 1, failed: 0 });
    expect(await exists(stuck)).toEqual({ row: false, file: false });
  });

  it("works through several pages, past a failure, and stops", async () => {
    const images = [];
    for (let i = 0; i < 7; i++) images.push(await addImage(15));
    const kept = await addImage(15);
    await t.db.insert(news).values({ slug: slug(), title: "Actualité", imageId: kept.id });
    const first = [...images].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    const failing: MediaStore = {
      put: (key, bytes) => store.put(key, bytes),
      get: (key) => store.get(key),
      remove: async (key) => {
        if (key === first.storageKey) throw new Error("disque plein");
        await store.remove(key);
      },
    };
    expect(await run({ store: failing, batchSize: 2 })).toEqual({ deleted: 6, failed: 1 });
    expect(await exists(first)).toEqual({ row: true, file: true });
    expect(await exists(kept)).toEqual({ row: true, file: true });
    expect(await t.db.select({ id: media.id }).from(media).where(eq(media.createdAt, daysAgo(15)))).toHaveLength(2);
    expect(await run()).toEqual({ deleted: 1, failed: 0 });
  });

  it("runs every day as a scheduled job and says what it removed, in French", async () => {
    const job = listJobs(parseEnv({})).find((j) => j.name === "media-cleanup");
    expect(job?.everyMs).toBe(DAY);
    const unused = await addImage(400);
    expect(await job!.run(t.db)).toBe("1 image(s) inutilisée(s) supprimée(s)");
    expect(await exists(unused)).toEqual({ row: false, file: false });
    expect(await job!.run(t.db)).toBe("0 image(s) inutilisée(s) supprimée(s)");
  });
});
