// A local stand-in for Resend's HTTP API, enough for the real `resend` SDK (RESEND_BASE_URL):
// POST /emails and /emails/batch, bearer auth, Idempotency-Key dedupe (a repeated key with
// the same body gets the first answer and delivers nothing; with another body, 409, as Resend
// answers), an optional requests-per-second limit answered with
// 429 + retry-after, and scripted failures. Every message delivered is recorded once per
// acceptance, so tests can prove nothing was lost and nothing sent twice.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Delivered = { ref: string; to: string; subject: string; headers: Record<string, string>; html: string; text: string };
export type RequestLog = { path: string; idempotencyKey: string | null; size: number; status: number; at: number };
type Scripted = { status: number; retryAfter?: number; message?: string };

export type FakeResend = {
  url: string;
  apiKey: string;
  delivered: Delivered[];
  requests: RequestLog[];
  /** Answers for the next requests, in order, before any real handling. */
  script(...answers: Scripted[]): void;
  /** Called once a request was accepted and recorded, before the response is written. */
  onAccepted?: (log: RequestLog) => void | Promise<void>;
  close(): Promise<void>;
};

export async function startFakeResend(options: { requestsPerSecond?: number; apiKey?: string } = {}): Promise<FakeResend> {
  const apiKey = options.apiKey ?? "re_test_fake_key";
  const answered = new Map<string, { status: number; body: unknown; digest: string }>();
  const scripted: Scripted[] = [];
  const window: number[] = [];
  let nextId = 0;

  const fake: FakeResend = {
    url: "",
    apiKey,
    delivered: [],
    requests: [],
    script: (...answers) => scripted.push(...answers),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const path = request.url ?? "";
    const key = (request.headers["idempotency-key"] as string | undefined) ?? null;
    const emails = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
    const log: RequestLog = { path, idempotencyKey: key, size: emails.length, status: 200, at: Date.now() };
    fake.requests.push(log);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(payload));
    };

    if (request.headers.authorization !== `Bearer ${apiKey}`) return reply(401, { statusCode: 401, name: "missing_api_key", message: "Bad key" });
    const next = scripted.shift();
    if (next) {
      return reply(next.status, { statusCode: next.status, name: next.status === 429 ? "rate_limit_exceeded" : "application_error", message: next.message ?? `scripted ${next.status}` },
        next.retryAfter !== undefined ? { "retry-after": String(next.retryAfter) } : {});
    }
    if (options.requestsPerSecond) {
      const now = Date.now();
      while (window.length > 0 && window[0]! <= now - 1000) window.shift();
      if (window.length >= options.requestsPerSecond) {
        return reply(429, { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" }, { "retry-after": "1" });
      }
      window.push(now);
    }
    const digest = createHash("sha256").update(JSON.stringify(body)).digest("hex");
    if (key && answered.has(key)) {
      const first = answered.get(key)!;
      if (first.digest !== digest) return reply(409, { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload." });
      return reply(first.status, first.body);
    }
    if (path !== "/emails" && path !== "/emails/batch") return reply(404, { statusCode: 404, name: "not_found", message: path });
    const invalid = emails.find((email) => typeof email.to !== "string" || !String(email.to).includes("@"));
    if (invalid) return reply(422, { statusCode: 422, name: "validation_error", message: `Invalid \`to\` field: ${String(invalid.to)}` });

    const ids = emails.map(() => `fake_${++nextId}`);
    for (const email of emails) {
      const headers = (email.headers ?? {}) as Record<string, string>;
      fake.delivered.push({ ref: headers["X-Entity-Ref-ID"] ?? "", to: String(email.to), subject: String(email.subject), headers, html: String(email.html ?? ""), text: String(email.text ?? "") });
    }
    const payload = path === "/emails/batch" ? { data: ids.map((id) => ({ id })) } : { id: ids[0] };
    if (key) answered.set(key, { status: 200, body: payload, digest });
    await fake.onAccepted?.(log);
    if (response.destroyed) return;
    reply(200, payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    return null;
  }
}
