import { afterEach, describe, expect, it } from "vitest";
import { log, maskEmails, redact, redactText, requestIdFrom, setLogSink } from "./log";

describe("redaction", () => {
  it("removes secrets by field name, however deep", () => {
    const safe = redact({
      password: "hunter2",
      nested: { apiKey: "abc", authorization: "Bearer x", voucherCode: "ABCD-EFGH", sessionToken: "t", items: [{ secret: "s" }] },
      code: "123456",
      status: 500,
    });
    expect(safe).toEqual({
      password: "[redacted]",
      nested: { apiKey: "[redacted]", authorization: "[redacted]", voucherCode: "[redacted]", sessionToken: "[redacted]", items: [{ secret: "[redacted]" }] },
      code: "[redacted]",
      status: 500,
    });
  });

  it("removes secrets recognisable inside text", () => {
    const text = redactText(
      "key sk_demo_kape_suki_0123456789 hook whsec_abcdef123456 header Bearer eyJhbGciOi.x link http://x/api/auth/callback/resend?token=abc123&email=maria%40x.test db postgresql://suki:pw@127.0.0.1/suki",
    );
    for (const secret of ["0123456789", "abcdef123456", "eyJhbGciOi", "abc123", "maria%40x.test", ":pw@"]) expect(text).not.toContain(secret);
    expect(text).toContain("sk_[redacted]");
    expect(text).toContain("postgresql://suki:***@127.0.0.1/suki");
  });

  it("masks email addresses but keeps their domain", () => {
    expect(maskEmails("from maria@demo.suki.test and owner@demo.suki.test")).toBe("from m•••@demo.suki.test and o•••@demo.suki.test");
  });

  it("flattens errors with their cause, redacting their messages", () => {
    const error = new Error("Unique constraint failed for maria@demo.suki.test", { cause: new Error("token=secret-value") });
    const safe = redact({ error }) as { error: { name: string; message: string; cause: { message: string } } };
    expect(safe.error.name).toBe("Error");
    expect(safe.error.message).toBe("Unique constraint failed for m•••@demo.suki.test");
    expect(safe.error.cause.message).toBe("token=[redacted]");
  });

  it("survives cycles", () => {
    const loop: Record<string, unknown> = { name: "a" };
    loop.self = loop;
    expect(redact(loop)).toEqual({ name: "a", self: "[circular]" });
  });
});

describe("log lines", () => {
  afterEach(() => setLogSink(undefined));

  it("are one JSON object with time, level, msg and the bound request id", () => {
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    log.child({ requestId: "req-12345678" }).error("payment failed", { apiKey: "sk_live_abcdefgh", amount: 100 });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "error", msg: "payment failed", requestId: "req-12345678", apiKey: "[redacted]", amount: 100 });
    expect(new Date(entry.time as string).toString()).not.toBe("Invalid Date");
  });
});

describe("request ids", () => {
  it("keeps a well-formed incoming id and replaces anything else", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-0123456789abcdef" }))).toBe("lb-0123456789abcdef");
    for (const bad of ["short", "has spaces in it!", "x".repeat(200)]) {
      expect(requestIdFrom(new Headers({ "x-request-id": bad }))).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
