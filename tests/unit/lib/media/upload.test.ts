import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, media } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { LocalMediaStore } from "@/lib/media/storage";
import { cleanOriginalName, uploadImage } from "@/lib/media/upload";
import { MEDIA_MAX_BYTES } from "@/lib/validations/media";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { gifBytes, jpegBytes, pngBytes, SVG_BYTES, TEXT_BYTES, webpBytes } from "./images";

describe(`uploadImage on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let root: string;
  let store: LocalMediaStore;
  let editor: SessionUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    root = await mkdtemp(path.join(tmpdir(), "passerelle-upload-"));
    store = new LocalMediaStore(path.join(root, "medias"));
    editor = await createTestUser(t.db, { roles: ["editor"] });
  });
  afterAll(async () => {
    await t?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  const upload = (actor: SessionUser | null, bytes: Uint8Array, fileName = "photo.png", alt?: string | null) =>
    uploadImage(t.db, store, { actor, fileName, bytes, alt, ip: "203.0.113.9", now: new Date("2026-11-05T10:00:00Z") });

  it("refuses an anonymous visitor", async () => {
    await expect(upload(null, pngBytes(10, 10))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each<[string, Role[]]>([
    ["registered visitor", ["visitor"]],
    ["user with no role", []],
    ["content manager", ["content_manager"]],
    ["moderator", ["moderator"]],
  ])("refuses a %s, and stores nothing", async (_label, roles) => {
    const user = await createTestUser(t.db, { roles });
    const before = (await t.db.select().from(media)).length;
    await expect(upload(user, pngBytes(10, 10))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(media)).toHaveLength(before);
  });

  it("refuses a deactivated editor", async () => {
    const user = await createTestUser(t.db, { roles: ["editor"], status: "deactivated" });
    await expect(upload(user, pngBytes(10, 10))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("stores an editor's image, records it and audits the upload", async () => {
    const bytes = pngBytes(1200, 630);
    const result = await upload(editor, bytes, "C:\\Users\\moi\\Affiche salon.png", "Affiche du salon de l'orientation");
    expect(result).toMatchObject({ ok: true, data: { alt: "Affiche du salon de l'orientation", width: 1200, height: 630, originalName: "Affiche salon.png" } });
    if (!result.ok) return;
    const { id, url } = result.data;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(url).toBe(`/medias/${id}`);

    const [row] = await t.db.select().from(media).where(eq(media.id, id));
    expect(row).toMatchObject({ storageKey: `2026/11/${id}.png`, mimeType: "image/png", size: bytes.byteLength, uploadedById: editor.id });
    expect(await store.get(row!.storageKey)).toEqual(bytes);

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "media.uploaded",
      actorId: editor.id,
      actorLabel: editor.email,
      targetType: "media",
      ip: "203.0.113.9",
      details: { file: "Affiche salon.png", type: "image/png" },
    });
  });

  it.each([
    ["JPEG", jpegBytes(800, 600), "image/jpeg", "jpg"],
    ["GIF", gifBytes(800, 600), "image/gif", "gif"],
    ["WebP", webpBytes(800, 600), "image/webp", "webp"],
  ])("accepts a %s image, typed from its bytes whatever its name", async (_label, bytes, mimeType, ext) => {
    const admin = await createTestUser(t.db, { roles: ["admin"] });
    const result = await upload(admin, bytes, "image.png");
    expect(result).toMatchObject({ ok: true, data: { width: 800, height: 600, alt: null } });
    if (!result.ok) return;
    const [row] = await t.db.select().from(media).where(eq(media.id, result.data.id));
    expect(row).toMatchObject({ mimeType, storageKey: `2026/11/${result.data.id}.${ext}` });
  });

  it.each([
    ["a text file named .png", TEXT_BYTES, "image.png"],
    ["an SVG image", SVG_BYTES, "logo.svg"],
    ["an SVG renamed .png", SVG_BYTES, "logo.png"],
  ])("refuses %s, in French, and stores nothing", async (_label, bytes, name) => {
    const before = (await t.db.select().from(media)).length;
    expect(await upload(editor, bytes, name)).toEqual({ ok: false, error: "Ce fichier n'est pas une image JPEG, PNG, WebP ou GIF." });
    expect(await t.db.select().from(media)).toHaveLength(before);
  });

  it("refuses an image over 5 MB, and accepts one of exactly 5 MB", async () => {
    expect(await upload(editor, pngBytes(10, 10, MEDIA_MAX_BYTES + 1))).toEqual({ ok: false, error: "L'image dépasse 5 Mo." });
    expect((await upload(editor, pngBytes(10, 10, MEDIA_MAX_BYTES))).ok).toBe(true);
  });

  it("refuses an empty file", async () => {
    expect((await upload(editor, new Uint8Array())).ok).toBe(false);
  });

  describe("network area", () => {
    const uploadTo = (area: "portal" | "network", actor: SessionUser) =>
      uploadImage(t.db, store, { actor, area, fileName: "photo.png", bytes: pngBytes(10, 10), now: new Date("2026-11-05T10:00:00Z") });

    it("stores a network editor's image under reseau/", async () => {
      const networkEditor = await createTestUser(t.db, { roles: ["network_editor"] });
      const result = await uploadTo("network", networkEditor);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const [row] = await t.db.select().from(media).where(eq(media.id, result.data.id));
      expect(row).toMatchObject({ storageKey: `reseau/2026/11/${result.data.id}.png`, uploadedById: networkEditor.id });
    });

    it.each<[string, Role[]]>([
      ["portal editor", ["editor"]],
      ["alumni", ["alumni"]],
      ["network reader", ["network_reader"]],
    ])("refuses a %s, and stores nothing", async (_label, roles) => {
      const user = await createTestUser(t.db, { roles });
      const before = (await t.db.select().from(media)).length;
      await expect(uploadTo("network", user)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await t.db.select().from(media)).toHaveLength(before);
    });

    it("keeps the portal closed to network editors", async () => {
      const networkEditor = await createTestUser(t.db, { roles: ["network_editor"] });
      await expect(uploadTo("portal", networkEditor)).rejects.toBeInstanceOf(ForbiddenError);
    });
  });
});

describe("cleanOriginalName", () => {
  it("keeps the file name only, without control characters", () => {
    expect(cleanOriginalName("../../etc/passwd.png")).toBe("passwd.png");
    expect(cleanOriginalName("a\u0000b\u001f.png")).toBe("ab.png");
    expect(cleanOriginalName("   ")).toBe("image");
    expect(Array.from(cleanOriginalName(`${"é".repeat(300)}.png`))).toHaveLength(200);
  });
});
