/**
 * Generates a realistic LHEO file: `npm run gen:lheo -- --formations N [--out file] [--version 2.2|2.3] [--seed S] [--today YYYY-MM-DD]`.
 * Written as a stream, so any size fits in constant memory; without --out the XML goes to stdout.
 */
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { generateLheoStream, writeLheoFile } from "@/lib/import/lheo/generator";
import type { LheoVersion } from "@/lib/import/lheo/parser";

const USAGE = "Usage : npm run gen:lheo -- --formations N [--out fichier.xml] [--version 2.2|2.3] [--seed S] [--today AAAA-MM-JJ] [--prefix GEN_] [--no-quirks]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      formations: { type: "string" },
      out: { type: "string" },
      version: { type: "string", default: "2.3" },
      seed: { type: "string", default: "1" },
      today: { type: "string" },
      prefix: { type: "string", default: "GEN_" },
      "no-quirks": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const formations = Number(values.formations);
  if (values.help || !Number.isInteger(formations) || formations < 0) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  if (values.version !== "2.2" && values.version !== "2.3") {
    console.error("Version LHEO inconnue : 2.2 ou 2.3.");
    return 1;
  }
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error("Date --today attendue au format AAAA-MM-JJ.");
    return 1;
  }
  const options = {
    formations,
    version: values.version as LheoVersion,
    seed: values.seed,
    today: values.today,
    idPrefix: values.prefix,
    quirks: !values["no-quirks"],
  };
  const started = Date.now();
  if (!values.out) {
    await pipeline(generateLheoStream(options), process.stdout);
    return 0;
  }
  await writeLheoFile(values.out, options);
  const { size } = await stat(values.out);
  console.error(`${formations} formations LHEO ${options.version} écrites dans ${values.out} (${(size / 1e6).toFixed(1)} Mo, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
