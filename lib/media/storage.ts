import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { getEnv } from "@/lib/env";

/**
 * Where uploaded files live: on the local disk under DATA_DIR/medias by default, or in an
 * S3-compatible bucket (AWS, Scaleway, OVH, MinIO, R2...) when S3_* is configured, so several
 * servers can share them. Only keys the application built ("2026/11/<id>.webp") are accepted.
 */
export interface MediaStore {
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Folders and a file name made of letters, digits, "-" and "_", one extension: no "..", no "/" at either end. */
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*(?:\.[A-Za-z0-9]{1,10})?$/;

export class InvalidMediaKeyError extends Error {
  constructor(key: string) {
    super(`Clé de fichier refusée : ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidMediaKeyError";
  }
}

export function assertSafeKey(key: string): void {
  if (key.length > 200 || !KEY_PATTERN.test(key)) throw new InvalidMediaKeyError(key);
}

export class LocalMediaStore implements MediaStore {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    const file = path.resolve(this.root, key);
    // The pattern already rules traversal out; this keeps it true if the pattern ever loosens.
    if (!file.startsWith(this.root + path.sep)) throw new InvalidMediaKeyError(key);
    return file;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export type S3StoreOptions = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** Replaced in tests: there is no S3 server there. */
  fetch?: (request: Request) => Promise<Response>;
};

/** Signed (SigV4) requests with path-style URLs, which every S3-compatible service understands. */
export class S3MediaStore implements MediaStore {
  private readonly client: AwsClient;
  private readonly base: string;
  private readonly send: (request: Request) => Promise<Response>;

  constructor(options: S3StoreOptions) {
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      service: "s3",
      region: options.region ?? "auto",
    });
    this.base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}`;
    this.send = options.fetch ?? ((request) => fetch(request));
  }

  private async request(method: "PUT" | "GET" | "DELETE", key: string, init: RequestInit = {}): Promise<Response> {
    assertSafeKey(key);
    const url = `${this.base}/${key.split("/").map(encodeURIComponent).join("/")}`;
    return this.send(await this.client.sign(url, { ...init, method }));
  }

  async put(key: string, bytes: Uint8Array, mimeType: string): Promise<void> {
    const response = await this.request("PUT", key, {
      // A copy typed as ArrayBuffer: BodyInit does not take a view over a SharedArrayBuffer.
      body: bytes.slice().buffer as ArrayBuffer,
      headers: { "content-type": mimeType },
    });
    if (!response.ok) throw new Error(`Stockage S3 : envoi refusé (${response.status})`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.request("GET", key);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`Stockage S3 : lecture refusée (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    const response = await this.request("DELETE", key);
    if (!response.ok && response.status !== 404) throw new Error(`Stockage S3 : suppression refusée (${response.status})`);
  }
}

let cached: MediaStore | undefined;

/** The configured store, built once per process. */
export function getMediaStore(): MediaStore {
  if (!cached) {
    const env = getEnv();
    cached =
      env.S3_ENDPOINT && env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? new S3MediaStore({
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            region: env.S3_REGION,
          })
        : new LocalMediaStore(path.join(env.DATA_DIR, "medias"));
  }
  return cached;
}
