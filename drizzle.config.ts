import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema (`npm run db:generate`) and applied at start by db/migrate.ts,
// on PGlite or on PostgreSQL alike; drizzle-kit itself never needs a live database here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: false,
});
