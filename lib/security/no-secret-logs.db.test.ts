// What the server prints while handling secrets: a sign-in link mailed through the dev
// mailbox, a guessed API key, a crash whose message carries a key and a token. Every line
// written to stdout or stderr is captured; none may contain the secret or the full address.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import * as rewards from "@/app/api/v1/rewards/route";
import { publicAction } from "@/lib/actions/safe-action";
import { sendNow } from "@/lib/email/send";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { setLogSink } from "@/lib/log";
import { call, type Handler } from "@/test/api-client";

let output: string[] = [];

beforeEach(() => {
  output = [];
  const capture = (chunk: unknown) => {
    output.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture as never);
  vi.spyOn(process.stderr, "write").mockImplementation(capture as never);
  for (const method of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, method).mockImplementation((...args) => void capture(args.map(String).join(" ")));
  // Everything, debug included, goes to the captured streams.
  vi.stubEnv("LOG_LEVEL", "debug");
  setLogSink(undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const printed = () => output.join("\n");

describe("secrets stay out of the log", () => {
  it("a sign-in link sent to the dev mailbox logs neither the link's token nor the address", async () => {
    const token = "f3a9c0ffee51a1e7e5ecre7t0ken";
    const to = "maria.santos@demo.suki.test";
    const message = await signInLinkEmail({ url: `http://localhost:3000/api/auth/callback/resend?token=${token}&email=${encodeURIComponent(to)}`, to });
    await sendNow({ ...message, to, kind: "sign-in", dedupeKey: `sign-in/${crypto.randomUUID()}` });
    expect(printed()).not.toContain(token);
    expect(printed()).not.toContain(to);
  });

  it("a guessed API key is refused without being logged", async () => {
    const key = "sk_live_guessed0123456789abcdef";
    expect((await call(rewards.GET as Handler, { key })).status).toBe(401);
    expect(printed()).not.toContain("guessed0123456789abcdef");
  });

  it("an action's crash is logged, redacted, as one JSON line", async () => {
    const crash = publicAction.action(async () => {
      throw new Error("upstream refused sk_test_abcdef0123456789 for maria.santos@demo.suki.test?token=s3cr3t-t0k3n");
    });
    const result = await crash();
    expect(result?.serverError).toBeTruthy();
    const text = printed();
    expect(text).toContain("server action failed");
    for (const secret of ["abcdef0123456789", "maria.santos@", "s3cr3t-t0k3n"]) expect(text).not.toContain(secret);
    const line = output.find((chunk) => chunk.includes("server action failed"))!;
    expect(JSON.parse(line)).toMatchObject({ level: "error", msg: "server action failed", error: { name: "Error" } });
  });
});
