// A production build and `next start` for the HTTP-level benches, in a build directory of
// their own so they never disturb a developer's .next.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Builds into `dist` unless a build is there already (or `force`). */
export function buildApp(dist: string, force = process.env.BENCH_REBUILD === "1") {
  if (existsSync(path.join(root, dist, "BUILD_ID")) && !force) return;
  console.log(`building into ${dist} …`);
  // next build adds its types directory to tsconfig.json's include; keep the file as it was.
  const tsconfig = readFileSync(path.join(root, "tsconfig.json"), "utf8");
  const result = spawnSync("npx", ["next", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SUKI_DIST_DIR: dist, SKIP_ENV_VALIDATION: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * `next start` through the launcher (migrations, secrets), with extra environment.
 * BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") runs Next's server under those
 * Node flags, for profiling; NODE_OPTIONS refuses most of them.
 */
export function startApp(port: number, dist: string, env: Record<string, string>): ChildProcess {
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const next = nodeArgs.length > 0 ? ["node", ...nodeArgs, "node_modules/next/dist/bin/next"] : ["next"];
  return spawn("npx", ["tsx", "scripts/run.ts", ...next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    // Its own process group, so stopping the bench stops the launcher, Next and nothing else.
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      SUKI_DIST_DIR: dist,
      NEXT_TELEMETRY_DISABLED: "1",
      // Benches send many writes for few members; the per-member abuse limits
      // (lib/security/limits.ts) still run their statement, but do not refuse them.
      SUKI_LIMIT_EARN_PER_MEMBER_MINUTE: "1000000",
      SUKI_LIMIT_REDEEM_PER_MEMBER_MINUTE: "1000000",
      ...env,
    },
  });
}

export async function waitForApp(server: ChildProcess, port: number) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start within 5 minutes");
}

export async function stopApp(server: ChildProcess) {
  if (server.exitCode !== null || !server.pid) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
