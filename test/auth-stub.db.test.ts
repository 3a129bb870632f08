import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { actAs } from "@/test/auth-stub";
import { db } from "@/lib/db/client";
import { createWebhookEndpointAction } from "@/app/(admin)/admin/[slug]/webhooks/actions";

describe("actAs", () => {
  it("runs an owner action as the chosen user; staff are refused, anonymous callers redirected", async () => {
    const business = await db.business.create({ data: { name: "B", slug: "b-test", currency: "PHP", timeZone: "Asia/Manila", senderName: "B" } });
    const owner = await db.user.create({ data: { email: "o@x.test" } });
    const other = await db.user.create({ data: { email: "s@x.test" } });
    await db.staffRole.create({ data: { userId: owner.id, businessId: business.id, role: "OWNER" } });
    await db.staffRole.create({ data: { userId: other.id, businessId: business.id, role: "STAFF" } });
    actAs(other.id);
    const refused = await createWebhookEndpointAction({ slug: "b-test", url: "https://example.com/h", events: ["voucher.used"] } as never);
    expect(refused.serverError).toMatch(/owner/i);
    actAs(owner.id);
    const ok = await createWebhookEndpointAction({ slug: "b-test", url: "https://example.com/h", events: ["voucher.used"] } as never);
    expect(ok.data?.secret).toMatch(/^whsec_/);
    expect(await db.webhookEndpoint.count()).toBe(1);
    actAs(null);
    await expect(createWebhookEndpointAction({ slug: "b-test" } as never)).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
