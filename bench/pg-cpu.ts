// CPU time spent by the server processes of one database, read from /proc (Linux, server on
// this machine). On a busy machine wall-clock times mostly measure the neighbours; CPU time
// measures the work. Parallel workers come and go between samples, so the bench turns them
// off for its database: each query then runs in the one backend that is sampled.
import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

const TICK_MS = 10; // USER_HZ is 100 on Linux

export type CpuSample = Map<number, number>;
export type CpuMeter = { sample: () => Promise<CpuSample>; since: (before: CpuSample) => Promise<number> } | null;

export async function cpuMeter(client: pg.Client): Promise<CpuMeter> {
  try {
    readdirSync("/proc");
  } catch {
    return null;
  }
  const database = (await client.query<{ name: string; pid: number }>("SELECT current_database() AS name, pg_backend_pid() AS pid")).rows[0]!;
  try {
    readFileSync(`/proc/${database.pid}/stat`);
  } catch {
    return null; // a server on another machine
  }
  const sample = async (): Promise<CpuSample> => {
    const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database.name]);
    const ticks: CpuSample = new Map();
    for (const { pid } of rows) {
      try {
        // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // Gone between the listing and the read.
      }
    }
    return ticks;
  };
  return {
    sample,
    // Backends opened meanwhile count from zero; ones the pool closed meanwhile were idle.
    async since(before) {
      let ticks = 0;
      for (const [pid, now] of await sample()) ticks += now - (before.get(pid) ?? 0);
      return ticks * TICK_MS;
    },
  };
}
