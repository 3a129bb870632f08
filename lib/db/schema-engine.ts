import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/*
 * Prisma's WebAssembly schema engine, used instead of the native one because the native engine
 * is downloaded on demand and we run offline. The package's entry does `import "./x.wasm"`,
 * which Node 20 only understands with --experimental-wasm-modules, so we do what that entry
 * does by hand: instantiate the .wasm against its JS glue and hand the exports back to the glue.
 */

const require = createRequire(import.meta.url);

// The glue module keeps the instance in a module-level variable, and instantiating again would
// swap memory under any engine still open. We ask the glue whether it is ready rather than
// keep a flag here: test runners and bundlers may evaluate this file twice but the glue once.
function isLoaded(): boolean {
  try {
    bindings.version();
    return true;
  } catch {
    return false;
  }
}

function loadWasm(): void {
  if (isLoaded()) return;
  // The wasm file is not in the package's exports map; it sits beside the glue module.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(readFileSync(gluePath.replace(/\.js$/, ".wasm")));
  const imports: WebAssembly.ModuleImports = { ...bindings };
  // The engine races its waits (the migration advisory lock, 10 s) against timers it never
  // clears, which would hold a finished script open for 10 s. The database socket it is waiting
  // on keeps the process alive while the timer still matters, so the timer need not.
  for (const name of Object.keys(imports)) {
    if (name.startsWith("__wbg_setTimeout_")) imports[name] = unrefTimeout;
  }
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": imports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

function unrefTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  return setTimeout(callback, ms >>> 0).unref();
}

export interface OpenSchemaEngine {
  engine: bindings.SchemaEngine;
  /** Frees the engine and closes its connections; the database can be dropped afterwards. */
  dispose: () => Promise<void>;
}

/**
 * Opens a schema engine on `connectionString`. Even diffs between two schema texts need a live
 * connection: the engine asks the adapter which database flavour it is talking to.
 */
export async function openSchemaEngine(connectionString: string): Promise<OpenSchemaEngine> {
  loadWasm();
  // We own the pool because engine.free() does not dispose the adapter: a pool created by
  // PrismaPg would keep idle connections (and the process) alive for another 10 s.
  const pool = new pg.Pool({ connectionString });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  // The engine logs one JSON line per event (mostly INFO chatter); failures reach us as
  // rejected promises instead, so the log stream is dropped.
  const ignoreLog = () => {};
  let engine: bindings.SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels: undefined }, ignoreLog, adapter);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    engine,
    dispose: async () => {
      engine.free();
      await pool.end();
    },
  };
}
