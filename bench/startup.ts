/**
 * First start of the embedded default: from `npm start` on an empty DATA_DIR (build already done)
 * to a home page served with the demo catalogue. Prints the figure; the target is under 30 s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../scripts/build-if-needed";

const root = process.cwd();
const port = 3290;
const base = `http://127.0.0.1:${port}`;

async function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${child.exitCode})`);
    try {
      const health = await fetch(`${base}/api/health`);
      if (health.ok) {
        const home = await fetch(`${base}/`);
        if (home.ok) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("délai dépassé");
}

async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForReady(child, 180_000);
    return (performance.now() - started) / 1000;
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

async function main() {
  // The build is not part of the first start being measured.
  buildIfNeeded();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "passerelle-bench-start-"));
  try {
    const first = await timeStart(dataDir);
    const second = await timeStart(dataDir);
    console.log("bench/startup — embedded default (PGlite), demo seed, home page served");
    console.log(`  first start (empty data dir): ${first.toFixed(1)} s   target < 30 s   ${first < 30 ? "OK" : "OVER"}`);
    console.log(`  next start (existing data):   ${second.toFixed(1)} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
