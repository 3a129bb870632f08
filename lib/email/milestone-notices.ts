// Milestones the engine witnesses itself (a tier reached, a punch card filled) are queued on
// its transaction, next to their cause; the dedupe keys match what a replay would produce.
import "server-only";
import type { Tx } from "@/lib/loyalty/tx";
import { enqueueEmail } from "./outbox";

type Member = { id: string; businessId: string };

export function queueTierReached(tx: Tx, member: Member, tier: { name: string; perks?: string | null }, tierChangeId: string, now: Date) {
  return enqueueEmail(tx, {
    businessId: member.businessId,
    memberId: member.id,
    kind: "milestone",
    dedupeKey: `milestone/tier-${tierChangeId}/${member.id}`,
    props: { name: null, milestone: { kind: "tier", tierName: tier.name, perks: tier.perks ?? "" } },
    now,
  });
}

export function queuePunchCardCompleted(tx: Tx, member: Member, card: { id: string; name: string; rewardName: string | null }, completed: number, now: Date) {
  return enqueueEmail(tx, {
    businessId: member.businessId,
    memberId: member.id,
    kind: "milestone",
    dedupeKey: `milestone/punch-card-${card.id}-${completed}/${member.id}`,
    props: { name: null, milestone: { kind: "punch-card", cardName: card.name, rewardName: card.rewardName } },
    now,
  });
}
