// Structured logs: one JSON object per line ({ time, level, msg, requestId, … }) on stdout
// (stderr for errors), so a log shipper can index them. Everything passes through `redact`
// first: tokens, codes, keys, passwords and full email addresses never reach a log, whatever
// a caller hands in. Kept free of Next and server-only imports: the proxy, route handlers,
// server actions and scripts all use it.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const REDACTED = "[redacted]";

// Field names whose values are secrets whatever they look like.
const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api.?key|^key$|^(raw|voucher|card|reset|verification)?code$|otp|hash|signature|jwt/i;

// Secrets recognisable by their shape inside free text (error messages, URLs).
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(sk|whsec|re)_[A-Za-z0-9_-]{6,}/g, "$1_" + REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 " + REDACTED],
  [/((?:^|[?&;\s"'])(?:token|code|key|secret|signature|callbackUrl|email)=)[^&\s"']+/gi, "$1" + REDACTED],
  [/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/gi, "$1***@"],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}[A-Za-z0-9._-]*/g, REDACTED],
];

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** "maria@demo.suki.test" → "m•••@demo.suki.test": enough to tell people apart, not to write to them. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "$1•••@$2");
}

export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  return maskEmails(result);
}

/** A copy of `value` that is safe to log (depth-limited, cycles cut, errors flattened). */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return typeof value === "bigint" ? value.toString() : value;
  if (seen.has(value)) return "[circular]";
  if (depth > 6) return "[deep]";
  seen.add(value);
  if (value instanceof Error) {
    const { cause, code } = value as Error & { cause?: unknown; code?: unknown };
    return {
      name: value.name,
      message: redactText(value.message),
      ...(value.stack ? { stack: redactText(value.stack.split("\n").slice(0, 12).join("\n")) } : {}),
      ...(typeof code === "string" ? { code } : {}),
      ...(cause !== undefined ? { cause: redact(cause, depth + 1, seen) } : {}),
    };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1, seen));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) && item != null && item !== "" ? REDACTED : redact(item, depth + 1, seen)]),
  );
}

// LOG_LEVEL is validated by lib/env.js; read here directly because scripts and the proxy log
// without loading the app's environment.
function threshold(): number {
  const configured = process.env.LOG_LEVEL as LogLevel | undefined;
  if (configured && configured in LEVELS) return LEVELS[configured];
  return process.env.NODE_ENV === "test" ? LEVELS.warn : LEVELS.info;
}

type Sink = (level: LogLevel, line: string) => void;
const defaultSink: Sink = (level, line) => (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
let sink: Sink = defaultSink;

/** Tests capture lines here; `undefined` restores the console streams. */
export function setLogSink(next: Sink | undefined): void {
  sink = next ?? defaultSink;
}

export function write(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (LEVELS[level] < threshold()) return;
  const safe = redact(fields) as LogFields;
  sink(level, JSON.stringify({ time: new Date().toISOString(), level, msg: redactText(msg), ...safe }));
}

export type Logger = {
  debug: (msg: string, fields?: LogFields) => void;
  info: (msg: string, fields?: LogFields) => void;
  warn: (msg: string, fields?: LogFields) => void;
  error: (msg: string, fields?: LogFields) => void;
  /** A logger whose every line carries `bound` (a request id, a job name). */
  child: (bound: LogFields) => Logger;
};

function makeLogger(bound: LogFields): Logger {
  const at = (level: LogLevel) => (msg: string, fields?: LogFields) => write(level, msg, { ...bound, ...fields });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), child: (more) => makeLogger({ ...bound, ...more }) };
}

export const log: Logger = makeLogger({});

export const REQUEST_ID_HEADER = "x-request-id";
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The request id a load balancer or the proxy set, when it looks like one; else a fresh id. */
export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && VALID_REQUEST_ID.test(given) ? given : newRequestId();
}

/** A logger for one request (route handlers: `requestLogger(request)`). */
export function requestLogger(request: { headers: Pick<Headers, "get"> }): Logger {
  return log.child({ requestId: requestIdFrom(request.headers) });
}
