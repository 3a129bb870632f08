// The wrapper of every scheduled route: the cron secret (constant time, failing closed when
// unset: lib/api/cron-auth.ts), then the job, answering its JSON summary. A crash answers a
// generic 500 so the scheduler retries; the details go to the log, never to the caller.
import "server-only";
import { isCronAuthorized } from "@/lib/api/cron-auth";
import { requestLogger } from "@/lib/log";

export function cronRoute(name: string, job: () => Promise<Record<string, unknown>>) {
  return async function handler(request: Request): Promise<Response> {
    if (!isCronAuthorized(request)) {
      return Response.json({ error: { code: "unauthorized", message: "Bad cron secret." } }, { status: 401 });
    }
    try {
      return Response.json(await job());
    } catch (error) {
      requestLogger(request).error("cron job failed", { job: name, error });
      return Response.json({ error: { code: "internal", message: "The job failed; it is safe to run again." } }, { status: 500 });
    }
  };
}
