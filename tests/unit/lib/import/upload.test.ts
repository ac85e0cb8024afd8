import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formations, importRuns } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { generateLheoChunks } from "@/lib/import/lheo/generator";
import { cleanUploadName, UploadError, type UploadedFile, uploadImportFile, UPLOAD_SUBDIR } from "@/lib/import/upload";
import { createPostgresSearchEngine } from "@/lib/search";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { catalogueCounts } from "../../../helpers/lheo";
import { createTestUser } from "../../../helpers/users";

const lheo = (n: number, idPrefix: string) => [...generateLheoChunks({ formations: n, seed: 9, today: "2025-03-01", idPrefix })].join("");

/** An upload as the route handler hands it over: a byte stream in chunks, with its announced size. */
function fileOf(name: string, content: string | Buffer, chunkSize = 4096): UploadedFile {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  return { name, size: bytes.length, stream: chunks() };
}

/** A stream that must never be read (the request is refused before). */
function unreadable(name: string, size?: number): UploadedFile {
  return {
    name,
    size,
    stream: (async function* () {
      throw new Error("the body was read");
    })(),
  };
}

describe(`back office upload of an LHEO file on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  let dataDir: string;
  const options = () => ({ mode: "full" as const, dataDir, engine });
  const tempFiles = () => readdirSync(path.join(dataDir, UPLOAD_SUBDIR));
  const runCount = async () => (await t.db.select().from(importRuns)).length;

  beforeAll(async () => {
    t = await createTestDatabase();
    engine = createPostgresSearchEngine(t.db);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-televersement-"));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const refused: { label: string; roles: Role[]; status?: "deactivated" }[] = [
    { label: "a visitor", roles: [] },
    { label: "an editor", roles: ["editor"] },
    { label: "an alumni member", roles: ["alumni"] },
    { label: "an organisation member", roles: ["organisation_member"] },
    { label: "a moderator", roles: ["moderator"] },
    { label: "a deactivated administrator", roles: ["admin"], status: "deactivated" },
  ];

  it.each(refused)("refuses $label before reading anything", async ({ roles, status }) => {
    const user = await createTestUser(t.db, { roles, status });
    const before = await runCount();
    await expect(uploadImportFile(t.db, user, unreadable("offres.xml", 100), options())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await runCount()).toBe(before);
  });

  it("refuses an anonymous caller", async () => {
    await expect(uploadImportFile(t.db, null, unreadable("offres.xml"), options())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each<Role>(["content_manager", "admin"])("lets a %s import a file, reindexes it and deletes the copy", async (role) => {
    const user = await createTestUser(t.db, { roles: [role] });
    const prefix = `UP${role.slice(0, 2).toUpperCase()}_`;
    const result = await uploadImportFile(t.db, user, fileOf("C:\\Flux\\offres-région.xml", lheo(2, prefix)), options());
    expect(result).toMatchObject({ status: "succeeded", rejectionReason: null, reindexFailed: false });
    const [run] = await t.db.select().from(importRuns).where(eq(importRuns.id, result.runId));
    expect(run).toMatchObject({ fileName: "offres-région.xml", source: "upload", mode: "full", triggeredBy: `admin:${user.id}` });
    expect(await t.db.select().from(formations).where(like(formations.lheoId, `${prefix}%`))).toHaveLength(2);
    expect((await engine.listIds("formation")).length).toBeGreaterThanOrEqual(2);
    expect(tempFiles()).toEqual([]);
  });

  it("imports a gzip file in partial mode, from a web stream", async () => {
    const user = await createTestUser(t.db, { roles: ["content_manager"] });
    const bytes = gzipSync(lheo(1, "UPGZ_"));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
    const result = await uploadImportFile(t.db, user, { name: "delta.xml.gz", size: bytes.length, stream }, { ...options(), mode: "partial" });
    expect(result.status).toBe("succeeded");
    const [run] = await t.db.select().from(importRuns).where(eq(importRuns.id, result.runId));
    expect(run?.mode).toBe("partial");
    expect(await t.db.select().from(formations).where(like(formations.lheoId, "UPGZ_%"))).toHaveLength(1);
  });

  describe("refused files leave the catalogue as it was", () => {
    it("refuses a file announced larger than the limit without reading it", async () => {
      const user = await createTestUser(t.db, { roles: ["admin"] });
      const before = [await catalogueCounts(t.db), await runCount()];
      const error = await uploadImportFile(t.db, user, unreadable("gros.xml", 300 * 1024 * 1024), options()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadError);
      expect(error).toMatchObject({ code: "too-large", message: expect.stringMatching(/taille maximale de 200 Mo/) });
      expect([await catalogueCounts(t.db), await runCount()]).toEqual(before);
    });

    it("stops receiving a file that turns out larger than the limit", async () => {
      const user = await createTestUser(t.db, { roles: ["admin"] });
      const before = [await catalogueCounts(t.db), await runCount()];
      const file = { ...fileOf("menteur.xml", lheo(5, "UPBIG_"), 1024), size: null };
      await expect(uploadImportFile(t.db, user, file, { ...options(), maxBytes: 2048 })).rejects.toMatchObject({ code: "too-large" });
      expect([await catalogueCounts(t.db), await runCount()]).toEqual(before);
      expect(tempFiles()).toEqual([]);
    });

    it.each(["offres.pdf", "offres.zip", "offres.gz", "offres", ""])("refuses the name %j: not XML", async (name) => {
      const user = await createTestUser(t.db, { roles: ["content_manager"] });
      const before = await runCount();
      await expect(uploadImportFile(t.db, user, unreadable(name, 10), options())).rejects.toMatchObject({
        code: "not-xml",
        message: expect.stringMatching(/seuls les fichiers \.xml ou \.xml\.gz/),
      });
      expect(await runCount()).toBe(before);
    });

    it("refuses a body cut short in transit", async () => {
      const user = await createTestUser(t.db, { roles: ["content_manager"] });
      const before = [await catalogueCounts(t.db), await runCount()];
      const file = { ...fileOf("coupe.xml", lheo(2, "UPCUT_").slice(0, 3000)), size: 50_000 };
      await expect(uploadImportFile(t.db, user, file, options())).rejects.toMatchObject({ code: "incomplete" });
      expect([await catalogueCounts(t.db), await runCount()]).toEqual(before);
      expect(tempFiles()).toEqual([]);
    });

    it("records a file the importer refuses, with the reason, and changes nothing", async () => {
      const user = await createTestUser(t.db, { roles: ["content_manager"] });
      const before = await catalogueCounts(t.db);
      const result = await uploadImportFile(t.db, user, fileOf("page.xml", "<html><body>Bonjour</body></html>"), options());
      expect(result.status).toBe("rejected");
      expect(result.rejectionReason).toMatch(/n'est pas un flux LHEO/);
      expect(await catalogueCounts(t.db)).toEqual(before);
      expect(tempFiles()).toEqual([]);
    });
  });

  it("keeps only a safe base name for the report", () => {
    expect(cleanUploadName("../../etc/offres.xml")).toBe("offres.xml");
    expect(cleanUploadName("dossier\\sous\\flux.xml.gz")).toBe("flux.xml.gz");
    expect(cleanUploadName("fi\u0000ch\nier.xml")).toBe("fichier.xml");
    const long = cleanUploadName(`${"é".repeat(300)}.xml.gz`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith("éé.xml.gz")).toBe(true);
  });
});
