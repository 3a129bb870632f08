// Webhooks end to end: events from API calls and from elsewhere are queued once per
// endpoint, delivered signed to a local receiver, retried with backoff on failure, given up
// after the last attempt; the cron route refuses a wrong secret.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import * as cron from "@/app/api/cron/webhooks/route";
import * as purchases from "@/app/api/v1/purchases/route";
import * as redemptions from "@/app/api/v1/redemptions/route";
import * as vouchers from "@/app/api/v1/vouchers/[code]/use/route";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { call, createApiWorld, type Handler } from "@/test/api-client";
import { nextReceipt } from "@/test/loyalty-fixture";
import { deliverDueWebhooks, MAX_ATTEMPTS } from "./deliver";
import { sweepEvents } from "./enqueue";
import { verifyWebhook } from "./sign";

const world = await createApiWorld();
const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
let answer = 204;
const receiver = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    received.push({ headers: request.headers, body });
    response.writeHead(answer).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const secret = "whsec_test_secret";
const endpoint = await db.webhookEndpoint.create({
  data: { businessId: world.a.business.id, url, secret, events: ["member.tier_changed", "voucher.issued", "voucher.used"] },
});

describe("webhooks", () => {
  it("queues tier changes and vouchers from API calls once, and delivers them signed", async () => {
    const owner = await db.user.create({ data: { email: `o-${endpoint.id}@test.local` } });
    await adjustPoints({ businessId: world.a.business.id, memberId: world.memberA.memberId, points: 500, reason: "float" }, owner.id);
    // 5,000 pesos: Silver's threshold, and enough to redeem a coffee afterwards.
    const bought = await call(purchases.POST as Handler, { key: world.keyA, body: { memberId: world.memberA.memberId, amount: 500_000, currency: "PHP", externalId: nextReceipt() } });
    expect(bought.body.tier.name).toBe("Silver");
    const redeemed = await call(redemptions.POST as Handler, { key: world.keyA, body: { memberId: world.memberA.memberId, rewardId: world.a.coffee.id } });
    await call(vouchers.POST as Handler, { key: world.keyA, params: { code: redeemed.body.code } });
    expect(await sweepEvents()).toBe(0); // the API already queued all three

    const queued = await db.webhookDelivery.findMany({ where: { endpointId: endpoint.id }, orderBy: { event: "asc" } });
    expect(queued.map((delivery) => delivery.event)).toEqual(["member.tier_changed", "voucher.issued", "voucher.used"]);

    const run = await deliverDueWebhooks();
    expect(run).toEqual({ claimed: 3, sent: 3, retried: 0, failed: 0 });
    expect(received).toHaveLength(3);
    for (const delivery of received) {
      expect(verifyWebhook(secret, delivery.body, String(delivery.headers["suki-signature"]))).toBe(true);
      expect(verifyWebhook("whsec_other", delivery.body, String(delivery.headers["suki-signature"]))).toBe(false);
    }
    const tier = JSON.parse(received.find((delivery) => delivery.headers["suki-event"] === "member.tier_changed")!.body);
    expect(tier).toMatchObject({ type: "member.tier_changed", data: { memberId: world.memberA.memberId, fromTier: { name: "Suki" }, toTier: { name: "Silver" } } });
    const used = JSON.parse(received.find((delivery) => delivery.headers["suki-event"] === "voucher.used")!.body);
    expect(used).toMatchObject({ id: `voucher.used/${redeemed.body.redemptionId}`, data: { code: redeemed.body.code } });
    expect(await deliverDueWebhooks()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
  });

  it("sweeps events from other sources, retries failures with backoff and gives up after the last attempt", async () => {
    const { redeemReward } = await import("@/lib/loyalty/redeem");
    const owner = await db.user.create({ data: { email: `o2-${endpoint.id}@test.local` } });
    await adjustPoints({ businessId: world.a.business.id, memberId: world.memberA.memberId, points: 100, reason: "float" }, owner.id);
    const portal = await redeemReward({ businessId: world.a.business.id, memberId: world.memberA.memberId, rewardId: world.a.coffee.id });
    expect(await sweepEvents()).toBe(1);
    expect(await sweepEvents()).toBe(0);

    answer = 500;
    const first = await deliverDueWebhooks();
    expect(first).toMatchObject({ claimed: 1, retried: 1 });
    const retrying = await db.webhookDelivery.findFirstOrThrow({ where: { eventKey: `voucher.issued/${portal.redemptionId}` } });
    expect(retrying).toMatchObject({ status: "PENDING", attempts: 1, lastStatus: 500 });
    expect(retrying.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    await db.webhookDelivery.update({ where: { id: retrying.id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date(0) } });
    expect(await deliverDueWebhooks()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: retrying.id } })).status).toBe("FAILED");
    answer = 204;
  });

  it("runs from the cron route only with the cron secret", async () => {
    const GET = cron.GET as (request: Request) => Promise<Response>;
    expect((await GET(new Request("http://localhost/api/cron/webhooks"))).status).toBe(401);
    expect((await GET(new Request("http://localhost/api/cron/webhooks", { headers: { authorization: "Bearer wrong" } }))).status).toBe(401);
    const ok = await GET(new Request("http://localhost/api/cron/webhooks", { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ queued: 0, claimed: 0, sent: 0, retried: 0, failed: 0 });
  });
});
