// The member card's QR code: a signed, short-lived token that rotates every 30 seconds. The
// counter (or a till through the API) verifies the signature and age and then consumes it, so
// a screenshot, a copied code or an old one is refused. HMAC-SHA256 with a key derived from
// AUTH_SECRET; nothing about the member is readable without the database.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env.js";

export const CARD_TOKEN_ROTATION_SECONDS = 30;
/** A token shown at the start of a rotation must still scan at its end, with some slack. */
const MAX_AGE_SECONDS = CARD_TOKEN_ROTATION_SECONDS + 30;
const CLOCK_SKEW_SECONDS = 10;

export type CardTokenFailure = "forged" | "expired" | "replayed" | "other_business";

export function issueCardToken(input: { businessId: string; memberId: string }, now = new Date()): { token: string; expiresAt: Date } {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const payload = [input.businessId, input.memberId, issuedAt, randomBytes(9).toString("base64url")].join(".");
  const token = `${Buffer.from(payload).toString("base64url")}.${sign(payload)}`;
  return { token, expiresAt: new Date((issuedAt + MAX_AGE_SECONDS) * 1000) };
}

/** Checks a scanned token without consuming it (forged, expired, wrong business). */
export function readCardToken(
  token: string,
  businessId: string,
  now = new Date(),
): { ok: true; memberId: string; jti: string } | { ok: false; reason: Exclude<CardTokenFailure, "replayed"> } {
  const [encoded, signature, extra] = token.trim().split(".");
  if (!encoded || !signature || extra !== undefined || encoded.length > 400) return { ok: false, reason: "forged" };
  const payload = Buffer.from(encoded, "base64url").toString();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "forged" };
  const [tokenBusinessId, memberId, issuedAtText, nonce] = payload.split(".");
  const issuedAt = Number(issuedAtText);
  if (!tokenBusinessId || !memberId || !nonce || !Number.isInteger(issuedAt)) return { ok: false, reason: "forged" };
  if (tokenBusinessId !== businessId) return { ok: false, reason: "other_business" };
  const age = now.getTime() / 1000 - issuedAt;
  if (age > MAX_AGE_SECONDS || age < -CLOCK_SKEW_SECONDS) return { ok: false, reason: "expired" };
  return { ok: true, memberId, jti: `${issuedAt}.${nonce}` };
}

/** Verifies and consumes a token: the member it names, or why it is refused. Works once. */
export async function redeemCardToken(
  token: string,
  businessId: string,
  now = new Date(),
): Promise<{ ok: true; memberId: string } | { ok: false; reason: CardTokenFailure }> {
  const read = readCardToken(token, businessId, now);
  if (!read.ok) return read;
  const inserted = await pool.query(
    `INSERT INTO "CardTokenUse" (jti, "businessId", "memberId") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [read.jti, businessId, read.memberId],
  );
  return inserted.rowCount === 1 ? { ok: true, memberId: read.memberId } : { ok: false, reason: "replayed" };
}

export const CARD_TOKEN_MESSAGES: Record<CardTokenFailure, string> = {
  forged: "This is not a valid member card code.",
  expired: "This card code has expired. Ask the member to show the live card.",
  replayed: "This card code was already used. Ask the member to show the live card.",
  other_business: "This card belongs to another business.",
};

function sign(payload: string): string {
  return createHmac("sha256", cardKey()).update(payload).digest("base64url");
}

let key: Buffer | undefined;
function cardKey(): Buffer {
  // A key of its own, derived from AUTH_SECRET, so card codes and sessions never share one.
  key ??= createHmac("sha256", env.AUTH_SECRET).update("suki/member-card/v1").digest();
  return key;
}
