// `npm run scheduler`: the self-host twin of vercel.json's crons block. It reads that block (one
// schedule for both), and at every UTC minute POSTs the due routes on APP_URL with the cron
// secret, one call per job at a time (a slow run is never overlapped by the next). The routes
// are idempotent, so running a scheduler beside Vercel's, or two of them, is harmless.
// Like the other launcher scripts it reads its two settings from the environment directly:
// APP_URL (default http://localhost:3000) and CRON_SECRET (in development the one generated
// into .data/secrets.json, the same the app uses).
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadLocalSecrets } from "../lib/db/local-secrets";
import { cronMatches, parseCron } from "./cron-schedule";

type Job = { path: string; schedule: string; fields: Set<number>[] };

const appUrl = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
const secret = process.env.CRON_SECRET || loadLocalSecrets().CRON_SECRET;
const config = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "vercel.json"), "utf8")) as { crons: { path: string; schedule: string }[] };
const jobs: Job[] = config.crons.map((cron) => ({ ...cron, fields: parseCron(cron.schedule) }));
const running = new Set<string>();

async function call(job: Job): Promise<void> {
  if (running.has(job.path)) return console.log(`· ${job.path} still running, skipped this minute`);
  running.add(job.path);
  const started = Date.now();
  try {
    const response = await fetch(`${appUrl}${job.path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(10 * 60_000),
    });
    const body = await response.text();
    console.log(`${response.ok ? "✓" : "✗"} ${job.path} ${response.status} in ${Date.now() - started} ms ${body.slice(0, 300)}`);
  } catch (error) {
    console.log(`✗ ${job.path} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running.delete(job.path);
  }
}

function tick() {
  const now = new Date();
  for (const job of jobs) if (cronMatches(job.fields, now)) void call(job);
  // Wake at the start of the next minute (plus a little, so the clock has crossed it).
  setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
}

console.log(`scheduler: ${jobs.length} jobs from vercel.json against ${appUrl}`);
for (const job of jobs) console.log(`  ${job.schedule.padEnd(14)} ${job.path}`);
if (process.argv.includes("--once")) {
  await Promise.all(jobs.map(call));
} else {
  setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
}
