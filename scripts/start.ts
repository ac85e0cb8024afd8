import { spawn } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { buildIfNeeded } from "./build-if-needed";
import { exitOnConfigError, setupDatabase } from "./setup";

const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
const forwardedForPreload = path.join(process.cwd(), "scripts", "forwarded-for.cjs");

/** The server process rewrites X-Forwarded-For to the address it can trust (scripts/forwarded-for.cjs). */
function withClientAddressPreload(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--require ${JSON.stringify(forwardedForPreload)}`;
  return {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
    PASSERELLE_FORWARDED_FOR_PRELOAD: "1",
  };
}

async function main() {
  const env = getEnv();
  buildIfNeeded();
  const started = performance.now();
  await setupDatabase();
  console.log(`Base prête en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const server = spawn(nextBin, ["start", "-p", String(env.PORT)], { stdio: "inherit", env: withClientAddressPreload(process.env) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch(exitOnConfigError);
