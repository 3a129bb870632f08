// The wrapper every POS API route handler is built from, in this order: API key (401, and
// 429 for an address that keeps failing), scope (403), the key's rate limit (429), then for
// POSTs the Idempotency-Key and a JSON body of at most 64 KB (400/413/415), a replay of the
// first response when the key was seen, and finally the handler. Anything thrown becomes the
// documented error shape; only the unexpected is a 500.
import "server-only";
import type { ApiScope } from "./api-scopes";
import { assertScope, assertWithinRateLimit, authenticate, type ApiCaller } from "./auth";
import { readJsonBody } from "./body";
import { errorResult, toResponse, type ApiResult } from "./errors";
import { claimOrReplay, complete, parseIdempotencyKey, release, requestFingerprint, type Claim } from "./http-idempotency";

export type ApiContext<P> = {
  caller: ApiCaller;
  params: P;
  url: URL;
  /** The parsed JSON body of a POST (undefined when empty) */
  body: unknown;
  /** Idempotency-Key of a POST, for the engine's own replay protection */
  idempotencyKey?: string;
};

type RouteContext<P> = { params: Promise<P> };

export function apiRoute<P = Record<string, never>>(
  options: { scope: ApiScope },
  handle: (context: ApiContext<P>) => Promise<ApiResult>,
): (request: Request, route: RouteContext<P>) => Promise<Response> {
  return async (request, route) => {
    let claim: Claim | undefined;
    try {
      const caller = await authenticate(request);
      assertScope(caller, options.scope);
      assertWithinRateLimit(caller);
      const url = new URL(request.url);
      const params = (await route.params) ?? ({} as P);
      if (request.method !== "POST") return toResponse(await handle({ caller, params, url, body: undefined }));

      const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
      const body = await readJsonBody(request);
      if (idempotencyKey) {
        const candidate = {
          businessId: caller.businessId,
          key: `http/${idempotencyKey}`,
          fingerprint: requestFingerprint(request.method, url.pathname, body),
        };
        const claimed = await claimOrReplay(candidate);
        if (!claimed.claimed) {
          return toResponse({ ...claimed.replay, headers: { "Idempotent-Replayed": "true" } });
        }
        claim = candidate;
      }
      const result = await handle({ caller, params, url, body, idempotencyKey }).catch(errorResult);
      if (claim) await (isAnswer(result.status) ? complete(claim, result) : release(claim));
      return toResponse(result);
    } catch (error) {
      if (claim) await release(claim).catch(() => {});
      return toResponse(errorResult(error));
    }
  };
}

/**
 * Which responses a key remembers: what the request did (2xx) and the business refusals it
 * met (409, 410, 422). A 400 or 404 means it never applied to anything, and a 5xx is our
 * fault, so the key stays free for the corrected request or the retry (as Stripe does).
 */
function isAnswer(status: number): boolean {
  return (status >= 200 && status < 300) || status === 409 || status === 410 || status === 422;
}
