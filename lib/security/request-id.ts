// The id of the request being served (set by proxy.ts as x-request-id), for log lines written
// from server actions and pages. Outside a request (tests, scripts) there is none.
import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/log";

export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
