import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSafeKey, InvalidMediaKeyError, LocalMediaStore, type MediaStore, S3MediaStore } from "@/lib/media/storage";

const UNSAFE_KEYS = ["../secret.png", "2026/../../secret.png", "/etc/passwd", "a//b.png", "a\\b.png", "a/b/", ".env", "a/.hidden", "", "x".repeat(201)];

describe("media keys", () => {
  it.each(UNSAFE_KEYS)("refuses %j", (key) => {
    expect(() => assertSafeKey(key)).toThrow(InvalidMediaKeyError);
  });

  it("accepts the keys uploads build", () => {
    expect(() => assertSafeKey("2026/11/0d4c6c5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f.webp")).not.toThrow();
  });
});

describe("LocalMediaStore", () => {
  let root: string;
  let store: MediaStore;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "passerelle-medias-"));
    store = new LocalMediaStore(path.join(root, "medias"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("stores, reads back and removes bytes under its root", async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    await store.put("2026/11/abc.png", bytes, "image/png");
    expect(await readdir(path.join(root, "medias", "2026", "11"))).toEqual(["abc.png"]);
    expect(await store.get("2026/11/abc.png")).toEqual(bytes);
    await store.remove("2026/11/abc.png");
    expect(await store.get("2026/11/abc.png")).toBeNull();
    await expect(store.remove("2026/11/abc.png")).resolves.toBeUndefined();
  });

  it("answers null for a key never stored", async () => {
    expect(await store.get("2026/11/inconnu.png")).toBeNull();
  });

  it.each(UNSAFE_KEYS)("refuses to read, write or remove %j", async (key) => {
    await expect(store.get(key)).rejects.toThrow(InvalidMediaKeyError);
    await expect(store.put(key, new Uint8Array([1]), "image/png")).rejects.toThrow(InvalidMediaKeyError);
    await expect(store.remove(key)).rejects.toThrow(InvalidMediaKeyError);
  });
});

describe("S3MediaStore", () => {
  function fakeS3(answer: (request: Request) => Response) {
    const requests: { method: string; url: string; headers: Headers; body: Uint8Array }[] = [];
    const store = new S3MediaStore({
      endpoint: "https://s3.exemple.test/",
      bucket: "passerelle-medias",
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      fetch: async (request) => {
        requests.push({ method: request.method, url: request.url, headers: request.headers, body: new Uint8Array(await request.arrayBuffer()) });
        return answer(request);
      },
    });
    return { store, requests };
  }

  it("puts an object with a signed, path-style request", async () => {
    const { store, requests } = fakeS3(() => new Response(null, { status: 200 }));
    await store.put("2026/11/abc.png", new Uint8Array([9, 8, 7]), "image/png");
    expect(requests).toHaveLength(1);
    const [put] = requests;
    expect(put!.method).toBe("PUT");
    expect(put!.url).toBe("https://s3.exemple.test/passerelle-medias/2026/11/abc.png");
    expect(put!.headers.get("content-type")).toBe("image/png");
    expect(put!.headers.get("authorization")).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/auto\/s3\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);
    expect(put!.headers.get("x-amz-date")).toMatch(/^\d{8}T\d{6}Z$/);
    expect(put!.body).toEqual(new Uint8Array([9, 8, 7]));
  });

  it("reads an object, and null for a missing one", async () => {
    const { store, requests } = fakeS3((request) =>
      request.url.endsWith("/present.png") ? new Response(new Uint8Array([4, 5])) : new Response("<Error><Code>NoSuchKey</Code></Error>", { status: 404 }),
    );
    expect(await store.get("2026/11/present.png")).toEqual(new Uint8Array([4, 5]));
    expect(await store.get("2026/11/absent.png")).toBeNull();
    expect(requests.map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("deletes an object and reports a refused write", async () => {
    const { store, requests } = fakeS3((request) => new Response(null, { status: request.method === "PUT" ? 403 : 204 }));
    await store.remove("2026/11/abc.png");
    expect(requests[0]).toMatchObject({ method: "DELETE", url: "https://s3.exemple.test/passerelle-medias/2026/11/abc.png" });
    await expect(store.put("2026/11/abc.png", new Uint8Array([1]), "image/png")).rejects.toThrow(/403/);
  });

  it("refuses unsafe keys before sending anything", async () => {
    const { store, requests } = fakeS3(() => new Response(null));
    await expect(store.get("../autre-bucket/x.png")).rejects.toThrow(InvalidMediaKeyError);
    expect(requests).toHaveLength(0);
  });
});

describe("S3 settings", () => {
  it("are all required once one is set, and the secret is never printed", async () => {
    const { EnvError, parseEnv } = await import("@/lib/env");
    expect(() => parseEnv({ S3_BUCKET: "medias", S3_SECRET_ACCESS_KEY: "tres-secret" })).toThrow(EnvError);
    try {
      parseEnv({ S3_BUCKET: "medias", S3_SECRET_ACCESS_KEY: "tres-secret", S3_ENDPOINT: "ftp://x" });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/S3_ENDPOINT/);
      expect(message).toMatch(/S3_ACCESS_KEY_ID = absent/);
      expect(message).not.toContain("tres-secret");
    }
    const env = parseEnv({ S3_ENDPOINT: "https://s3.exemple.test", S3_BUCKET: "medias", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret" });
    expect(env.S3_REGION).toBe("auto");
    expect(parseEnv({}).S3_ENDPOINT).toBeUndefined();
  });
});
