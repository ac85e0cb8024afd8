export async function register() {
  // Warm up at boot, so neither PGlite's WASM start-up nor the search engine's first load of its
  // in-memory index is paid by the first visitor. A failure here must not stop the server:
  // /api/health reports it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      const { getSearchEngine } = await import("./lib/search/app");
      await getSearchEngine().search({ kinds: ["formation"], facets: ["level"], perPage: 1 });
    } catch (error) {
      console.error("Préchauffage de la recherche impossible :", error);
    }
  }
}
