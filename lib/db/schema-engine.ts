import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
} from "@prisma/driver-adapter-utils";
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
  // The engine races some waits against 10 s timers that it never clears, which would hold a
  // finished script open for 10 s. While a wait is pending, the database socket keeps the
  // process alive, so the timer need not.
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

/**
 * adapter-pg 7.10 runs a migration script by splitting it on every ";" and sending the pieces
 * one by one. That breaks PL/pgSQL bodies and any ";" in a comment or string, and a failure
 * leaves the migration half-applied. The native engine sends the script as one simple-protocol
 * query, which PostgreSQL runs as a single implicit transaction; so do we.
 */
class PrismaPgWholeScripts extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script) => {
      await pool.query(script).catch(toDriverAdapterError);
    };
    return adapter;
  }
}

/** What adapter-pg does with a server error, so the engine reports it the same way. */
function toDriverAdapterError(error: unknown): never {
  if (!(error instanceof pg.DatabaseError)) throw error;
  throw new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
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
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPgWholeScripts(pool));
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
