export async function register() {
  // Open the database when the server boots, so PGlite's WASM start-up is not paid by the first visitor.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDatabase } = await import("./db/index");
    const { sql } = await import("drizzle-orm");
    await getDatabase().db.execute(sql`select 1`);
  }
}
