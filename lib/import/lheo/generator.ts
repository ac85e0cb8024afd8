import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { formationXml, type GeneratedOrganisation, type OfferContext, randomAddress, randomPerson } from "./generator-offer";
import { ORGANISATION_KINDS } from "./generator-places";
import { Random } from "./generator-random";
import { GENERATOR_TRADES } from "./generator-trades";
import { LHEO_NAMESPACES, type LheoVersion } from "./parser";

export type GenerateLheoOptions = {
  formations: number;
  /** Default "2.3". */
  version?: LheoVersion;
  /** Same seed and same `today`: byte-identical output. Default 1. */
  seed?: number | string;
  /** "YYYY-MM-DD": sessions are spread over the 18 months after it. Default: the current UTC date. */
  today?: string;
  /** Prefix of every generated numero, so generated offers never collide with real ones. Default "GEN_". */
  idPrefix?: string;
  /** Sprinkle real-feed oddities (00000000 dates, day 00, escaped HTML, old level codes). Default true. */
  quirks?: boolean;
};

function namespaceOf(version: LheoVersion): string {
  const entry = Object.entries(LHEO_NAMESPACES).find(([, v]) => v === version);
  if (!entry) throw new Error(`unknown LHEO version ${version}`);
  return entry[0];
}

function organisationPool(random: Random, count: number, idPrefix: string): GeneratedOrganisation[] {
  return Array.from({ length: count }, (_, i) => {
    const address = randomAddress(random);
    const kind = random.pick(ORGANISATION_KINDS);
    const name = `${kind} ${address.commune.city}`;
    const slug = name.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const url = `https://www.${slug}.example.fr`;
    return {
      numero: `${idPrefix}OF${String(i + 1).padStart(5, "0")}`,
      siret: random.digits(14),
      name,
      legalName: i % 3 === 0 ? `${name} (siège)` : name,
      activityNumber: `${address.commune.department.replace(/\D/g, "0").padStart(2, "0")}${random.digits(9)}`,
      address,
      contact: randomPerson(random, new URL(url).hostname.replace(/^www\./, "")),
      url,
      formacodes: random.pick(GENERATOR_TRADES).formacodes,
    };
  });
}

/**
 * Yields a realistic LHEO document in chunks (header, one chunk per formation, footer), so a
 * 100,000-formation file never exists as one string. Built from real ROME fiches, communes and
 * LHEO code tables; deterministic for a given seed and `today`.
 */
export function* generateLheoChunks(options: GenerateLheoOptions): Generator<string> {
  const version = options.version ?? "2.3";
  const seed = options.seed ?? 1;
  const idPrefix = options.idPrefix ?? "GEN_";
  const random = new Random(`${seed}:${version}`);
  const ctx: OfferContext = {
    random,
    version,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    idPrefix,
    quirks: options.quirks ?? true,
    organisations: organisationPool(random, Math.min(2000, Math.max(3, Math.ceil(options.formations / 6))), idPrefix),
  };
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="${namespaceOf(version)}">\n<offres>\n`;
  for (let i = 0; i < options.formations; i += 1) yield formationXml(ctx, i);
  yield "</offres>\n</lheo>\n";
}

/** The generated document as a byte stream, e.g. to feed `importLheoFile({ input })` directly. */
export function generateLheoStream(options: GenerateLheoOptions): Readable {
  return Readable.from(generateLheoChunks(options), { objectMode: false });
}

export async function writeLheoFile(filePath: string, options: GenerateLheoOptions): Promise<void> {
  await pipeline(generateLheoStream(options), createWriteStream(filePath));
}
