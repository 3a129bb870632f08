// Graceful shutdown: a second `npm start`-style server (the launcher, scripts/run.ts, on the
// same build and database as the e2e server) receives SIGTERM while a POS purchase is still
// arriving; it stops taking new connections, the purchase completes with 201 (its database
// still up), and then the server exits.
import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const DEMO_KEY = "sk_demo_kape_suki_0123456789";

test.setTimeout(240_000);

function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

async function waitUntilUp(): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (await fetch(`http://127.0.0.1:${PORT}/api/health`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the second server did not start");
}

function connectionRefused(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(PORT, "127.0.0.1");
    probe.once("connect", () => {
      probe.destroy();
      resolve(false);
    });
    probe.once("error", () => resolve(true));
  });
}

function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
      // Response.json answers with Content-Length; the whole answer is there once the body is.
      const length = Number(/content-length: (\d+)/i.exec(text)?.[1]);
      const head = text.indexOf("\r\n\r\n");
      if (head >= 0 && Number.isFinite(length) && text.length - head - 4 >= length) resolve(text);
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
  });
}

test("SIGTERM lets a request in flight finish before the server exits", async () => {
  const root = path.resolve(import.meta.dirname, "..");
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/run.ts", "next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      ...process.env,
      PATH: `${path.join(root, "node_modules/.bin")}:${process.env.PATH}`,
      NODE_ENV: "production",
      SUKI_DATABASE_NAME: process.env.SUKI_E2E_DB ?? "suki_e2e",
      SUKI_RESET_DATABASE: "0",
      SUKI_SHUTDOWN_TIMEOUT_SECONDS: "20",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk) => (log += chunk.toString()));
  try {
    await waitUntilUp();

    // Headers and half the body now, the rest after the signal: the request is in flight.
    const body = JSON.stringify({ amount: 12_500, currency: "PHP", externalId: `shutdown-${Date.now()}` });
    const socket = connect(PORT, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const answer = readResponse(socket);
    socket.write(
      `POST /api/v1/purchases HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nAuthorization: Bearer ${DEMO_KEY}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n` +
        body.slice(0, 10),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.kill("SIGTERM");

    // No new connections while it drains (a fresh TCP connection, not a pooled keep-alive one).
    await expect.poll(() => connectionRefused(), { timeout: 10_000 }).toBe(true);
    expect(server.exitCode).toBeNull();

    socket.write(body.slice(10));
    const response = await answer;
    expect(response.split("\r\n")[0]).toBe("HTTP/1.1 201 Created");
    expect(response).toContain('"pointsEarned":0');

    const code = await Promise.race([exited(server), new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 25_000))]);
    expect(code, log.slice(-2000)).not.toBe("still running");
    expect(log).toContain("SIGTERM: finishing requests in flight");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
