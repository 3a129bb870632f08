// A closed-loop load driver: N clients each run `work` back to back for a fixed time.
export type LoadResult = { count: number; errors: number; seconds: number; latencies: number[] };

export async function runClients(clients: number, seconds: number, work: (client: number, iteration: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        const begun = performance.now();
        try {
          await work(client, iteration);
          latencies.push(performance.now() - begun);
        } catch (error) {
          errors++;
          if (errors <= 3) console.error("bench error:", error instanceof Error ? error.message : error);
        }
      }
    }),
  );
  return { count: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
