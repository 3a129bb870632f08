import "server-only";
import { randomUUID } from "node:crypto";
import { enqueueEmail } from "@/lib/email/outbox";
import type { RedemptionSource } from "@/lib/generated/prisma/enums";
import { generateVoucherCode } from "./rules/voucher-code";
import type { Tx } from "./tx";

export type IssuedVoucher = { redemptionId: string; code: string; rewardName: string | null; expiresAt: string };

/** Writes a voucher row with a fresh unguessable code (retrying the rare collision). */
export async function issueVoucher(
  tx: Tx,
  input: {
    businessId: string;
    memberId: string;
    rewardId: string | null;
    rewardName: string | null;
    source: RedemptionSource;
    points: number;
    valueMinor?: number | null;
    validDays: number;
    now: Date;
    idempotencyKey?: string | null;
  },
): Promise<IssuedVoucher> {
  const expiresAt = new Date(input.now.getTime() + input.validDays * 86_400_000);
  // 12 characters of a 31-letter alphabet are ~59 bits: a collision is so unlikely that it is
  // left to the unique index (the operation then fails whole and can simply be retried).
  const code = generateVoucherCode();
  const redemptionId = randomUUID();
  await tx.run`
    INSERT INTO "Redemption" (id, "businessId", "memberId", "rewardId", source, points, "valueMinor", code, "expiresAt", "idempotencyKey", "createdAt")
    VALUES (${redemptionId}, ${input.businessId}, ${input.memberId}, ${input.rewardId}, ${input.source}::"RedemptionSource", ${input.points},
      ${input.valueMinor ?? null}, ${code}, ${expiresAt}::timestamp(3), ${input.idempotencyKey ?? null}, ${input.now}::timestamp(3))`;
  // The voucher email is transactional (never capped) and rides on the same transaction.
  await enqueueEmail(tx, {
    businessId: input.businessId,
    memberId: input.memberId,
    kind: "voucher-issued",
    dedupeKey: `voucher-issued/${redemptionId}`,
    props: { name: null, rewardName: input.rewardName ?? "Your reward", code, expiresAt: expiresAt.toISOString() },
    now: input.now,
  });
  return { redemptionId, code, rewardName: input.rewardName, expiresAt: expiresAt.toISOString() };
}
