/** Runs every benchmark in bench/ in turn (`npm run bench`, or `npm run bench -- startup search`). */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "bench");
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const selected = wanted.length ? wanted.filter((name) => existsSync(path.join(dir, `${name}.ts`))) : all;

let failed = 0;
for (const name of selected) {
  console.log(`\n### ${name}`);
  const result = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(dir, `${name}.ts`)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
