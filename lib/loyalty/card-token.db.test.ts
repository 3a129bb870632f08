import { describe, expect, it } from "vitest";
import { issueCardToken, readCardToken, redeemCardToken } from "./card-token";

const business = "biz-1";
const member = { businessId: business, memberId: "member-1" };

describe("member card tokens", () => {
  it("works once, then is refused as a replay", async () => {
    const { token } = issueCardToken(member);
    expect(await redeemCardToken(token, business)).toEqual({ ok: true, memberId: "member-1" });
    expect(await redeemCardToken(token, business)).toEqual({ ok: false, reason: "replayed" });
  });

  it("refuses an old code, a forged one and another business's", async () => {
    const now = new Date();
    const old = issueCardToken(member, new Date(now.getTime() - 61_000)).token;
    expect(readCardToken(old, business, now)).toEqual({ ok: false, reason: "expired" });
    const fresh = issueCardToken(member, now).token;
    const [payload, signature] = fresh.split(".");
    const tampered = `${Buffer.from(Buffer.from(payload!, "base64url").toString().replace("member-1", "member-2")).toString("base64url")}.${signature}`;
    expect(readCardToken(tampered, business, now)).toEqual({ ok: false, reason: "forged" });
    expect(readCardToken("garbage", business, now)).toEqual({ ok: false, reason: "forged" });
    expect(readCardToken(`${fresh}.extra`, business, now)).toEqual({ ok: false, reason: "forged" });
    expect(readCardToken(fresh, "biz-2", now)).toEqual({ ok: false, reason: "other_business" });
  });

  it("still scans at the end of its rotation", () => {
    const now = new Date();
    const token = issueCardToken(member, new Date(now.getTime() - 45_000)).token;
    expect(readCardToken(token, business, now)).toMatchObject({ ok: true, memberId: "member-1" });
  });
});
