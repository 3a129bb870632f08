import "server-only";
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
  for (let attempt = 0; ; attempt++) {
    const code = generateVoucherCode();
    const taken = await tx.redemption.findUnique({ where: { code }, select: { id: true } });
    if (taken && attempt < 5) continue;
    const row = await tx.redemption.create({
      data: {
        businessId: input.businessId,
        memberId: input.memberId,
        rewardId: input.rewardId,
        source: input.source,
        points: input.points,
        valueMinor: input.valueMinor ?? null,
        code,
        expiresAt,
        idempotencyKey: input.idempotencyKey ?? null,
        createdAt: input.now,
      },
      select: { id: true },
    });
    return { redemptionId: row.id, code, rewardName: input.rewardName, expiresAt: expiresAt.toISOString() };
  }
}
