// Contract of the members endpoints: enrol, look up by id / email / phone / number / card
// token, and another business's ids answering 404.
import { describe, expect, it } from "vitest";
import * as memberById from "@/app/api/v1/members/[id]/route";
import * as members from "@/app/api/v1/members/route";
import { db } from "@/lib/db/client";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { call, createApiWorld, type Handler } from "@/test/api-client";

const world = await createApiWorld();
const { keyA, keyB, memberA, memberB } = world;
const POST = members.POST as Handler;
const GET = members.GET as Handler;
const GET_ONE = memberById.GET as Handler;

describe("POST /api/v1/members", () => {
  it("enrols by email with 201, then answers 200 with the same member for the same email in any case", async () => {
    const email = `new-${Date.now()}@example.test`;
    const first = await call(POST, { key: keyA, body: { email, name: "Ana Cruz", phone: "+63 917 000 1111", birthday: "1990-04-02" } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ email, name: "Ana Cruz", phone: "+63 917 000 1111", balance: 0, pendingPoints: 0, tier: { name: "Suki" }, vouchers: [] });
    expect(first.body.punchCards).toEqual([expect.objectContaining({ name: "Coffee card", stamps: 0, stampsRequired: 5 })]);
    const again = await call(POST, { key: keyA, body: { email: email.toUpperCase() } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it("enrols an existing person of another business as a new member of this one", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: memberB.userId } });
    const enrolled = await call(POST, { key: keyA, body: { email: user.email } });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.id).not.toBe(memberB.memberId);
  });

  it("refuses invalid input with 400 and the failing fields", async () => {
    const refused = await call(POST, { key: keyA, body: { email: "not-an-email", birthday: "yesterday" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_input");
    expect(refused.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["birthday", "email"]);
  });

  it("needs members:write", async () => {
    const { createApiKey } = await import("@/test/api-client");
    const reader = await createApiKey(world.a.business.id, { scopes: ["members:read"] });
    const refused = await call(POST, { key: reader.key, body: { email: "x@example.test" } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");
  });
});

describe("GET /api/v1/members/{id}", () => {
  it("answers the member with every documented field", async () => {
    const found = await call(GET_ONE, { key: keyA, params: { id: memberA.memberId } });
    expect(found.status).toBe(200);
    expect(Object.keys(found.body).sort()).toEqual(
      ["balance", "email", "id", "name", "number", "pendingPoints", "phone", "punchCards", "status", "tier", "visitDiscountPercent", "vouchers"].sort(),
    );
  });

  it("answers 404 for another business's member and for unknown or absurd ids", async () => {
    for (const id of [memberB.memberId, "nope", "x".repeat(500)]) {
      const missing = await call(GET_ONE, { key: keyA, params: { id } });
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("member_not_found");
    }
    expect((await call(GET_ONE, { key: keyB, params: { id: memberA.memberId } })).status).toBe(404);
  });
});

describe("GET /api/v1/members?…", () => {
  it("finds a member by email, phone and number", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: memberA.userId } });
    const member = await db.member.findUniqueOrThrow({ where: { id: memberA.memberId } });
    for (const query of [`email=${encodeURIComponent(user.email.toUpperCase())}`, `phone=${encodeURIComponent(member.phone!)}`, `number=${member.number}`]) {
      const found = await call(GET, { key: keyA, path: `/api/v1/members?${query}` });
      expect(found.status, query).toBe(200);
      expect(found.body.id).toBe(memberA.memberId);
    }
  });

  it("does not find another business's member by its email or number", async () => {
    const { createTestMember } = await import("@/test/loyalty-fixture");
    const onlyB = await createTestMember(world.b.business.id);
    const user = await db.user.findUniqueOrThrow({ where: { id: onlyB.userId } });
    const member = await db.member.findUniqueOrThrow({ where: { id: onlyB.memberId } });
    const byEmail = await call(GET, { key: keyA, path: `/api/v1/members?email=${encodeURIComponent(user.email)}` });
    expect(byEmail.status).toBe(404);
    const byNumber = await call(GET, { key: keyA, path: `/api/v1/members?number=${member.number + 100_000}` });
    expect(byNumber.status).toBe(404);
  });

  it("finds a member by card token once; a replayed, forged or foreign token is refused", async () => {
    const { token } = issueCardToken({ businessId: world.a.business.id, memberId: memberA.memberId });
    const path = `/api/v1/members?cardToken=${encodeURIComponent(token)}`;
    const found = await call(GET, { key: keyA, path });
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(memberA.memberId);
    const replayed = await call(GET, { key: keyA, path });
    expect([replayed.status, replayed.body.error.code]).toEqual([409, "card_token_replayed"]);
    const forged = await call(GET, { key: keyA, path: `/api/v1/members?cardToken=${encodeURIComponent(token.slice(0, -2) + "xx")}` });
    expect([forged.status, forged.body.error.code]).toEqual([422, "card_token_invalid"]);
    const foreign = issueCardToken({ businessId: world.b.business.id, memberId: memberB.memberId });
    const other = await call(GET, { key: keyA, path: `/api/v1/members?cardToken=${encodeURIComponent(foreign.token)}` });
    expect(other.status).toBe(404);
    const old = issueCardToken({ businessId: world.a.business.id, memberId: memberA.memberId }, new Date(Date.now() - 3_600_000));
    const expired = await call(GET, { key: keyA, path: `/api/v1/members?cardToken=${encodeURIComponent(old.token)}` });
    expect([expired.status, expired.body.error.code]).toEqual([410, "card_token_expired"]);
  });

  it("needs exactly one lookup field", async () => {
    expect((await call(GET, { key: keyA, path: "/api/v1/members" })).status).toBe(400);
    expect((await call(GET, { key: keyA, path: "/api/v1/members?email=a@b.c&number=1" })).status).toBe(400);
    expect((await call(GET, { key: keyA, path: "/api/v1/members?number=abc" })).status).toBe(400);
  });
});
