import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "./password";
import { checkPassword } from "./password-sign-in";

const email = "ana@test.local";

beforeAll(async () => {
  await db.user.create({ data: { email, name: "Ana", passwordHash: await hashPassword("correct horse") } });
});

describe("checkPassword", () => {
  it("accepts the right password and returns the user without its hash", async () => {
    const result = await checkPassword(email, "correct horse", "10.0.0.1");
    expect(result).toEqual({ status: "ok", user: { id: expect.any(String), email, name: "Ana" } });
  });

  it("answers the same for a wrong password and an unknown account", async () => {
    expect(await checkPassword(email, "wrong", "10.0.0.2")).toEqual({ status: "wrong" });
    expect(await checkPassword("nobody@test.local", "wrong", "10.0.0.2")).toEqual({ status: "wrong" });
  });

  it("locks an account after five failures, even with the right password, from any address", async () => {
    const target = "locked@test.local";
    await db.user.create({ data: { email: target, passwordHash: await hashPassword("right") } });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await checkPassword(target, `wrong-${attempt}`, `10.1.0.${attempt}`)).toEqual({ status: "wrong" });
    }
    const locked = await checkPassword(target, "right", "10.1.1.1");
    expect(locked.status).toBe("rate_limited");
    expect(locked.status === "rate_limited" && locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("limits one address trying many accounts", async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      await checkPassword(`spray-${attempt}@test.local`, "guess", "10.9.9.9");
    }
    expect((await checkPassword(email, "correct horse", "10.9.9.9")).status).toBe("rate_limited");
    expect((await checkPassword(email, "correct horse", "10.9.9.10")).status).toBe("ok");
  });

  it("clears an account's failures after a success", async () => {
    const target = "forgetful@test.local";
    await db.user.create({ data: { email: target, passwordHash: await hashPassword("right") } });
    for (let attempt = 0; attempt < 4; attempt++) await checkPassword(target, "wrong", "10.2.0.1");
    expect((await checkPassword(target, "right", "10.2.0.1")).status).toBe("ok");
    for (let attempt = 0; attempt < 4; attempt++) await checkPassword(target, "wrong", "10.2.0.1");
    expect((await checkPassword(target, "right", "10.2.0.1")).status).toBe("ok");
  });
});
