// Two businesses for the authorization sweep: the VICTIM, with a row of every kind an action
// could name (member with points, purchase, voucher, reward, tier, card, promotion, action,
// API key, webhook endpoint, staff role, note, image, import job), and the OTHER business,
// whose owner and member are the attackers. Personas are user ids for actAs().
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { redeemReward } from "@/lib/loyalty/redeem";
import { createApiKey } from "@/test/api-client";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import type { VictimIds } from "./sample-input";

export type Persona = "anonymous" | "member" | "memberOfOther" | "ownerOfOther" | "staffOfVictim";

async function user(tag: string) {
  return db.user.create({ data: { email: `${tag}-${randomBytes(4).toString("hex")}@sweep.test`, name: tag } });
}

export async function createSweepWorld() {
  const other = await createTestBusiness();
  const victim = await createTestBusiness();
  const businessId = victim.business.id;

  const otherOwner = await user("other-owner");
  await db.staffRole.create({ data: { userId: otherOwner.id, businessId: other.business.id, role: "OWNER" } });
  const otherMember = await createTestMember(other.business.id);
  const victimOwner = await user("victim-owner");
  await db.staffRole.create({ data: { userId: victimOwner.id, businessId, role: "OWNER" } });
  const victimStaff = await user("victim-staff");
  const staffRole = await db.staffRole.create({ data: { userId: victimStaff.id, businessId, role: "STAFF" } });

  const member = await createTestMember(businessId, { phone: `+63 917 ${randomBytes(3).toString("hex")}` });
  const memberRow = await db.member.findUniqueOrThrow({ where: { id: member.memberId }, include: { user: true } });
  await adjustPoints({ businessId, memberId: member.memberId, points: 1_000, reason: "sweep float" }, victimOwner.id);
  const purchase = await recordPurchase({ businessId, memberId: member.memberId, amountMinor: 50_000, currency: "PHP", externalId: nextReceipt() });
  const redemption = await redeemReward({ businessId, memberId: member.memberId, rewardId: victim.coffee.id });
  const punchCard = await db.punchCard.findFirstOrThrow({ where: { businessId } });
  const promotion = await db.promotion.create({ data: { businessId, name: "Sweep promo", bonusPoints: 5 } });
  const loyaltyAction = await db.loyaltyAction.create({ data: { businessId, key: "google-review", name: "Review", points: 10 } });
  const apiKey = await createApiKey(businessId);
  const endpoint = await db.webhookEndpoint.create({ data: { businessId, url: "https://example.com/victim", secret: "whsec_victim", events: ["voucher.used"] } });
  const memberNote = await db.memberNote.create({ data: { businessId, memberId: member.memberId, authorUserId: victimOwner.id, body: "victim note" } });
  const rewardImage = await db.rewardImage.create({ data: { businessId, contentType: "image/png", data: new Uint8Array([137, 80, 78, 71]) } });
  const importJob = await db.importJob.create({ data: { businessId, createdById: victimOwner.id, fileName: "victim.csv" } });
  const ledgerEntry = await db.ledgerEntry.findFirstOrThrow({ where: { businessId } });
  const refund = await db.refund.findFirst({ where: { businessId } });
  const otherKey = await createApiKey(other.business.id);

  const ids: Record<string, string> = {
    member: member.memberId,
    user: victimStaff.id,
    staffRole: staffRole.id,
    reward: victim.coffee.id,
    purchase: purchase.purchaseId,
    redemption: redemption.redemptionId,
    tier: victim.tiers[1]!.id,
    punchCard: punchCard.id,
    promotion: promotion.id,
    loyaltyAction: loyaltyAction.id,
    apiKey: apiKey.id,
    endpoint: endpoint.id,
    memberNote: memberNote.id,
    rewardImage: rewardImage.id,
    importJob: importJob.id,
    ledgerEntry: ledgerEntry.id,
    business: businessId,
    ...(refund ? { refund: refund.id } : {}),
  };
  const target: VictimIds = { slug: victim.business.slug, code: redemption.code, email: memberRow.user!.email, ids, fallbackId: member.memberId };
  const personas: Record<Persona, string | null> = {
    anonymous: null,
    member: member.userId,
    memberOfOther: otherMember.userId,
    ownerOfOther: otherOwner.id,
    staffOfVictim: victimStaff.id,
  };
  return {
    victim: { ...victim, businessId, target, apiKey, unsubscribeToken: memberRow.unsubscribeToken },
    other: { ...other, businessId: other.business.id, apiKey: otherKey, owner: otherOwner, target: { ...target, slug: other.business.slug } },
    personas,
  };
}

export type SweepWorld = Awaited<ReturnType<typeof createSweepWorld>>;
