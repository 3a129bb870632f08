// Reading a request body: a client that hangs up mid-body is a 4xx, not a logged 500.
import { describe, expect, it } from "vitest";
import { readJsonBody } from "./body";
import { ApiError } from "./errors";

const post = (body: BodyInit) =>
  new Request("http://localhost/api/v1/purchases", { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post(JSON.stringify({ amount: 1 })))).toEqual({ amount: 1 });
  });

  it("answers 400 when the body stream breaks off", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"amount":'));
      },
      pull(controller) {
        controller.error(new Error("aborted"));
      },
    });
    const error = await readJsonBody(post(broken)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });
});
