export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Warm up at boot, so neither PGlite's WASM start-up nor the search engine's first load of its
  // in-memory index is paid by the first visitor. A failure here must not stop the server:
  // /api/health reports it.
  try {
    const { getSearchEngine } = await import("./lib/search/app");
    await getSearchEngine().search({ kinds: ["formation"], facets: ["level"], perPage: 1 });
  } catch (error) {
    console.error("Préchauffage de la recherche impossible :", error);
  }
  try {
    const { getEnv } = await import("./lib/env");
    const env = getEnv();
    if (env.SCHEDULER === "on") {
      const [{ getDb }, { listJobs }, { startScheduler }] = await Promise.all([
        import("./db"),
        import("./lib/jobs"),
        import("./lib/jobs/scheduler"),
      ]);
      const jobs = listJobs(env);
      if (jobs.length > 0) startScheduler(getDb(), jobs);
    }
  } catch (error) {
    console.error("Démarrage des tâches périodiques impossible :", error);
  }
}
