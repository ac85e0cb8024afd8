import "server-only";
import type { Env } from "@/lib/env";
import type { Job } from "./scheduler";

/**
 * The periodic jobs of this installation. Each area adds its job here; a job that needs
 * configuration it does not have (IMPORT_DIR, ...) is simply left out.
 */
export function listJobs(env: Env): Job[] {
  const jobs: Job[] = [];
  void env;
  return jobs;
}
