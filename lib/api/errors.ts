// The one error shape of the POS API: {"error": {"code", "message", …details}} with the
// documented status. Engine refusals keep their code and status (lib/loyalty/errors.ts);
// anything unexpected becomes a logged 500 whose message says nothing about the cause.
import { LoyaltyError } from "@/lib/loyalty/errors";

export const API_ERRORS = {
  unauthorized: { status: 401, message: "Send a valid API key as Authorization: Bearer <key>." },
  forbidden: { status: 403, message: "This API key lacks the scope this endpoint needs." },
  not_found: { status: 404, message: "No such resource." },
  method_not_allowed: { status: 405, message: "This endpoint does not accept that method." },
  invalid_json: { status: 400, message: "The body is not valid JSON." },
  invalid_idempotency_key: { status: 400, message: "Idempotency-Key must be 1 to 255 printable ASCII characters." },
  request_in_progress: { status: 409, message: "A request with this idempotency key is still being processed; retry shortly." },
  card_token_invalid: { status: 422, message: "This is not a valid member card code." },
  card_token_expired: { status: 410, message: "This card code has expired. Ask the member to show the live card." },
  card_token_replayed: { status: 409, message: "This card code was already used. Ask the member to show the live card." },
  payload_too_large: { status: 413, message: "The body is larger than 64 KB." },
  unsupported_media_type: { status: 415, message: "Send the body as application/json." },
  rate_limited: { status: 429, message: "Too many requests; retry after the number of seconds in Retry-After." },
  internal_error: { status: 500, message: "Something went wrong on our side." },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(code: ApiErrorCode, options: { message?: string; details?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
    super(options.message ?? API_ERRORS[code].message);
    this.name = "ApiError";
    this.code = code;
    this.status = API_ERRORS[code].status;
    this.details = options.details;
    this.headers = options.headers;
  }
}

export type ApiResult = { status: number; body: unknown; headers?: Record<string, string> };

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...details } };
}

/** Maps anything thrown by a handler to a response; only the unexpected is logged. */
export function errorResult(error: unknown): ApiResult {
  if (error instanceof ApiError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.details), headers: error.headers };
  }
  if (error instanceof LoyaltyError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.details) };
  }
  console.error("[api]", error);
  return { status: 500, body: errorBody("internal_error", API_ERRORS.internal_error.message) };
}

export function toResponse(result: ApiResult): Response {
  return Response.json(result.body, { status: result.status, headers: result.headers });
}
