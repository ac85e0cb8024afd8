import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/db/client";
import { createMedia, mediaSummary } from "@/db/queries/media";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { type AdminActor, auditActor } from "@/lib/admin/actor";
import { recordAudit } from "@/lib/auth/audit";
import { assertCan } from "@/lib/auth/permissions";
import { IMAGE_TYPES, type ImageMimeType, MEDIA_MAX_BYTES, MEDIA_MESSAGES } from "@/lib/validations/media";
import { MEDIA_UPLOAD_PERMISSION, type MediaArea, mediaKeyPrefix } from "./areas";
import { readImageSize } from "./image-size";
import type { MediaStore } from "./storage";
import type { MediaSummary } from "./types";

export type UploadImageInput = {
  actor: AdminActor | null;
  /** Where the image is uploaded from (who may upload, which folder); defaults to the portal. */
  area?: MediaArea;
  /** The name the browser gave; kept for the picker, never used to build the stored key. */
  fileName: string;
  bytes: Uint8Array;
  /** Suggested alternative text (already trimmed; null or blank: none). */
  alt?: string | null;
  ip?: string | null;
  /** Defaults to MEDIA_MAX_BYTES. */
  maxBytes?: number;
  now?: Date;
};

/** The name shown in the picker and the audit log: no folders, no control characters, 200 characters at most. */
export function cleanOriginalName(name: string): string {
  const base = name.replaceAll("\\", "/").split("/").pop() ?? "";
  const clean = Array.from(base.replace(/[\u0000-\u001f\u007f]/g, "").trim()).slice(-200).join("");
  return clean || "image";
}

function isImageType(mime: string): mime is ImageMimeType {
  return Object.hasOwn(IMAGE_TYPES, mime);
}

/**
 * Stores an uploaded image and records it. The type is read from the bytes (the browser's name
 * and type are claims), so a script renamed ".png" or an SVG never becomes a served file.
 */
export async function uploadImage(db: Db, store: MediaStore, input: UploadImageInput): Promise<ActionResult<MediaSummary>> {
  const area = input.area ?? "portal";
  assertCan(input.actor, MEDIA_UPLOAD_PERMISSION[area]);
  const actor = input.actor;
  if (input.bytes.byteLength === 0) return fail(MEDIA_MESSAGES.missingFile);
  if (input.bytes.byteLength > (input.maxBytes ?? MEDIA_MAX_BYTES)) return fail(MEDIA_MESSAGES.tooLarge);

  const detected = await fileTypeFromBuffer(input.bytes);
  if (!detected || !isImageType(detected.mime)) return fail(MEDIA_MESSAGES.notAnImage);
  const mimeType = detected.mime;

  const id = randomUUID();
  const now = input.now ?? new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  const storageKey = `${mediaKeyPrefix(area)}${now.getUTCFullYear()}/${month}/${id}.${IMAGE_TYPES[mimeType]}`;
  const size = readImageSize(input.bytes, mimeType);
  const originalName = cleanOriginalName(input.fileName);

  await store.put(storageKey, input.bytes, mimeType);
  try {
    const row = await db.transaction(async (tx) => {
      const created = await createMedia(tx, {
        values: {
          id,
          storageKey,
          mimeType,
          size: input.bytes.byteLength,
          width: size?.width ?? null,
          height: size?.height ?? null,
          originalName,
          alt: input.alt?.trim() || null,
          uploadedById: actor.id,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        action: "media.uploaded",
        actor: auditActor(actor),
        target: { type: "media", id },
        ip: input.ip ?? null,
        details: { file: originalName, type: mimeType, size: input.bytes.byteLength },
      });
      return created;
    });
    return ok(mediaSummary(row), "Image enregistrée.");
  } catch (error) {
    // A file nobody can reference would only take space.
    await store.remove(storageKey).catch(() => {});
    throw error;
  }
}
