// Runs `prisma generate` offline. The CLI downloads the native schema engine before generating
// unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; generate never runs that engine,
// so any existing file will do (see shared FACTS.md). Migrations use the WebAssembly engine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
