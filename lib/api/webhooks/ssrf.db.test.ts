// Webhook URLs reach public addresses only (SSRF), as production runs (WEBHOOK_ALLOW_PRIVATE
// off): refused when the owner configures them, and again at delivery after DNS, connecting
// to the very address that was checked. Only the local receiver is ever a target here (mixed
// and public answers are judged in address-policy.test.ts, where nothing connects).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
process.env.WEBHOOK_ALLOW_PRIVATE = "off";
const { actAs } = await import("@/test/auth-stub");
const { db } = await import("@/lib/db/client");
const { createWebhookEndpointAction } = await import("@/app/(admin)/admin/[slug]/webhooks/actions");
const { createWebhookEndpoint } = await import("./endpoints");
const { deliverDueWebhooks } = await import("./deliver");
const { parseAllowPrivate } = await import("./address-policy");

const received: IncomingMessage["headers"][] = [];
const receiver = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    received.push(request.headers);
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const business = await db.business.create({ data: { name: "Hooks", slug: `hooks-${port}`, currency: "PHP", timeZone: "Asia/Manila", senderName: "Hooks" } });
const owner = await db.user.create({ data: { email: `owner-${port}@hooks.test` } });
await db.staffRole.create({ data: { userId: owner.id, businessId: business.id, role: "OWNER" } });

/** An endpoint row as if saved earlier (or named by a host whose DNS changed since), with one due delivery. */
async function queued(url: string) {
  const endpoint = await db.webhookEndpoint.create({ data: { businessId: business.id, url, secret: "whsec_t", events: ["voucher.used"] } });
  await db.webhookDelivery.create({
    data: { businessId: business.id, endpointId: endpoint.id, event: "voucher.used", eventKey: `voucher.used/${endpoint.id}`, payload: { id: endpoint.id } },
  });
  return endpoint.id;
}

async function deliveryOf(endpointId: string) {
  return db.webhookDelivery.findFirstOrThrow({ where: { endpointId } });
}

const strict = parseAllowPrivate("off");
const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("configuring an endpoint", () => {
  it("the owner's action refuses private addresses and plain http, and accepts a public https URL", async () => {
    actAs(owner.id);
    for (const url of ["https://127.0.0.1/hooks", "https://[::1]/hooks", "https://169.254.169.254/latest", "https://localhost/hooks", "http://pos.example.com/hooks"]) {
      const refused = await createWebhookEndpointAction({ slug: business.slug, url, events: ["voucher.used"] });
      expect(refused.validationErrors, url).toBeDefined();
      expect(JSON.stringify(refused.validationErrors?.url)).toMatch(/private or reserved|https/);
    }
    expect(await db.webhookEndpoint.count({ where: { businessId: business.id } })).toBe(0);
    const ok = await createWebhookEndpointAction({ slug: business.slug, url: "https://pos.example.com/hooks", events: ["voucher.used"] });
    expect(ok.data?.secret).toMatch(/^whsec_/);
    actAs(null);
  });

  it("the domain function refuses them too, whoever calls it", async () => {
    expect(await createWebhookEndpoint(business.id, { url: "https://[fd00::1]/x", events: ["voucher.used"] })).toMatchObject({ ok: false, message: /private or reserved/ });
    expect(await createWebhookEndpoint(business.id, { url: "http://8.8.8.8/x", events: ["voucher.used"] })).toMatchObject({ ok: false, message: /https/ });
  });
});

describe("delivering", () => {
  it("refuses a stored private URL and a host name that resolves inward, without connecting", async () => {
    const direct = await queued(`http://127.0.0.1:${port}/direct`);
    const rebound = await queued(`https://hooks.rebind.test:${port}/x`);
    const run = await deliverDueWebhooks({ policy: strict, resolve: resolveTo("127.0.0.1") });
    expect(run).toEqual({ claimed: 2, sent: 0, retried: 2, failed: 0 });
    expect(received).toHaveLength(0);
    for (const id of [direct, rebound]) expect(await deliveryOf(id)).toMatchObject({ status: "PENDING", lastStatus: null, lastError: expect.stringMatching(/private or reserved/) });
    await db.webhookEndpoint.updateMany({ where: { id: { in: [direct, rebound] } }, data: { active: false } });
    await db.webhookDelivery.deleteMany({ where: { endpointId: { in: [direct, rebound] } } });
  });

  it("connects to the checked address itself, whatever the system resolver would say", async () => {
    // hooks.pinned.test has no DNS record here: arriving at all proves the pinned connection.
    const pinned = await queued(`http://hooks.pinned.test:${port}/pinned`);
    const run = await deliverDueWebhooks({ policy: parseAllowPrivate("127.0.0.0/8"), resolve: resolveTo("127.0.0.1") });
    expect(run).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.host).toBe(`hooks.pinned.test:${port}`);
    expect(await deliveryOf(pinned)).toMatchObject({ status: "DELIVERED", lastStatus: 204 });
  });
});
