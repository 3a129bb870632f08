// The portal pages over HTTP from a production `next start`: sign in as the bench member with
// Auth.js's credentials flow, then time whole responses (server render included) per page.
import { percentile } from "./load";
import { buildApp, startApp, stopApp, waitForApp } from "./next-server";

const PORT = Number(process.env.BENCH_PORT ?? 3480);
const DIST = process.env.SUKI_DIST_DIR ?? ".next-bench";

export async function timePortalPages(input: { email: string; password: string; paths: Record<string, string>; runs: number }) {
  // The build must be of the code being measured; BENCH_REUSE_BUILD=1 skips it when it is.
  buildApp(DIST, process.env.BENCH_REUSE_BUILD !== "1");
  const base = `http://127.0.0.1:${PORT}`;
  const server = startApp(PORT, DIST, { AUTH_URL: base, APP_URL: base });
  try {
    await waitForApp(server, PORT);
    const cookie = await signIn(base, input.email, input.password);
    const summary: Record<string, { p50: number; p95: number }> = {};
    for (const [label, path] of Object.entries(input.paths)) {
      const load = async () => {
        const response = await fetch(base + path, { headers: { cookie }, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      };
      for (let warm = 0; warm < 3; warm++) await load();
      const times: number[] = [];
      for (let run = 0; run < input.runs; run++) {
        const t0 = performance.now();
        await load();
        times.push(performance.now() - t0);
      }
      summary[label] = { p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
    }
    return summary;
  } finally {
    await stopApp(server);
  }
}

/** Auth.js credentials sign-in: CSRF token and cookie first, then the callback; the session cookie back. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/portal` }),
  });
  const session = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").find((pair) => pair.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return [csrfCookie, session].join("; ");
}
