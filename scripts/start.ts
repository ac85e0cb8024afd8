import { spawn } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { buildIfNeeded } from "./build-if-needed";
import { exitOnConfigError, setupDatabase } from "./setup";

const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");

async function main() {
  const env = getEnv();
  buildIfNeeded();
  const started = performance.now();
  await setupDatabase();
  console.log(`Base prête en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const server = spawn(nextBin, ["start", "-p", String(env.PORT)], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch(exitOnConfigError);
