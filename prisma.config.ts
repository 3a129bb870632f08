import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` here; migrations run through the WebAssembly
// schema engine (lib/db/migrations.ts). DATABASE_URL is optional so generate works without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
