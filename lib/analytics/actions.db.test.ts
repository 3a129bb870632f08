// The overview's actions and downloads, called as real people: the owner edits the ROI inputs
// (audited, and the ROI follows), sends a win-back through the outbox (consent, switches and
// tenancy respected, audited) and downloads CSVs; staff and other owners are refused.
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { NextRequest } from "next/server";
import { sendWinBackAction, updateRoiInputsAction } from "@/app/(admin)/admin/[slug]/analytics/actions";
import { GET as exportCsv } from "@/app/(admin)/admin/[slug]/analytics/export/[dataset]/route";
import { db } from "@/lib/db/client";
import { writeHistory } from "@/test/analytics-history";
import { actAs } from "@/test/auth-stub";
import { createOwnerWorld } from "@/test/owner-world";
import { getAnalyticsOverview } from "./overview";
import { analyticsScope } from "./scope";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** Two shops (lib test/owner-world.ts); in the first, W lapsed after visiting every 10 days. */
async function world() {
  const shops = await createOwnerWorld();
  const history = await writeHistory(shops.kape.business, {
    members: [
      { key: "W", joined: daysAgo(200), tierRank: 0, consent: true },
      { key: "N", joined: daysAgo(200), tierRank: 0, consent: false },
    ],
    purchases: [
      ...[90, 80, 70].map((ago, index) => ({ key: `w${index}`, member: "W", when: daysAgo(ago), amountMinor: 10_000 })),
      ...[90, 80, 70].map((ago, index) => ({ key: `n${index}`, member: "N", when: daysAgo(ago), amountMinor: 10_000 })),
    ],
    rewards: [],
    entries: [],
    emails: [],
  });
  return { ...shops, history };
}

const route = (slug: string, dataset: string, query = "range=30") =>
  exportCsv(new NextRequest(`http://localhost/admin/${slug}/analytics/export/${dataset}?${query}`), { params: Promise.resolve({ slug, dataset }) });

describe("ROI inputs", () => {
  it("are saved by the owner with an audit entry, and the ROI follows them", async () => {
    const w = await world();
    const slug = w.kape.business.slug;
    actAs(w.kapeOwner.id);
    const result = await updateRoiInputsAction({ slug, pointValueMinor: 35, programCostMonthlyMinor: 365_000, emailCostPerThousandMinor: 1_500 });
    expect(result?.data).toEqual({ pointValueMinor: 35, programCostMonthlyMinor: 365_000, emailCostPerThousandMinor: 1_500 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: w.kape.business.id, action: "program.roi_inputs.update" } });
    expect(audit).toMatchObject({ actorUserId: w.kapeOwner.id, entityType: "Program" });
    expect(audit.before).toMatchObject({ pointValueMinor: 10, programCostMonthlyMinor: 0 });
    expect(audit.after).toMatchObject({ pointValueMinor: 35, programCostMonthlyMinor: 365_000 });
    const overview = await getAnalyticsOverview(analyticsScope({ businessId: w.kape.business.id, timeZone: "Asia/Manila", search: {} }));
    expect(overview.roi.programCostMinor).toBe(360_000); // 365,000 × 12 × 30 / 365
  });

  it("refuse staff, and another owner naming this shop changes nothing", async () => {
    const w = await world();
    const before = await db.program.findUniqueOrThrow({ where: { businessId: w.kape.business.id } });
    for (const person of [w.staff, w.dorOwner]) {
      actAs(person.id);
      const result = await updateRoiInputsAction({ slug: w.kape.business.slug, pointValueMinor: 1, programCostMonthlyMinor: 1, emailCostPerThousandMinor: 1 });
      expect(result?.serverError).toBeTruthy();
    }
    expect(await db.program.findUniqueOrThrow({ where: { businessId: w.kape.business.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { businessId: w.kape.business.id } })).toBe(0);
  });

  it("refuse amounts that are not whole minor units", async () => {
    const w = await world();
    actAs(w.kapeOwner.id);
    const result = await updateRoiInputsAction({ slug: w.kape.business.slug, pointValueMinor: 0.5, programCostMonthlyMinor: -1, emailCostPerThousandMinor: 0 });
    expect(result?.validationErrors).toBeTruthy();
  });
});

describe("win-back", () => {
  it("queues the win-back email for a member at risk, once per absence, with an audit entry", async () => {
    const w = await world();
    const memberId = w.history.memberId("W");
    actAs(w.kapeOwner.id);
    expect((await sendWinBackAction({ slug: w.kape.business.slug, memberId }))?.data).toEqual({ queued: true });
    const mail = await db.emailMessage.findFirstOrThrow({ where: { memberId } });
    // The scheduled win-back's key: the same absence is never written to twice.
    expect(mail).toMatchObject({ kind: "win-back", status: "PENDING", dedupeKey: `win-back/${w.history.purchaseId("w2")}/${memberId}` });
    expect(await db.auditLog.count({ where: { businessId: w.kape.business.id, action: "member.win_back", entityId: memberId } })).toBe(1);

    const again = await sendWinBackAction({ slug: w.kape.business.slug, memberId });
    expect(again?.serverError).toBe("A win-back email for this absence is already queued or sent.");
    const overview = await getAnalyticsOverview(analyticsScope({ businessId: w.kape.business.id, timeZone: "Asia/Manila", search: {} }));
    expect(overview.atRisk.members.find((member) => member.id === memberId)).toMatchObject({ winBackQueued: true, reachable: true });
  });

  it("writes nothing to members without consent or who switched offers off", async () => {
    const w = await world();
    actAs(w.kapeOwner.id);
    const noConsent = await sendWinBackAction({ slug: w.kape.business.slug, memberId: w.history.memberId("N") });
    expect(noConsent?.serverError).toBe("This member has no email address or has not agreed to offers by email.");
    await db.member.update({ where: { id: w.history.memberId("W") }, data: { emailPreferences: { offers: false } } });
    const unsubscribed = await sendWinBackAction({ slug: w.kape.business.slug, memberId: w.history.memberId("W") });
    expect(unsubscribed?.serverError).toBe("This member has no email address or has not agreed to offers by email.");
    expect(await db.emailMessage.count({ where: { businessId: w.kape.business.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { businessId: w.kape.business.id } })).toBe(0);
  });

  it("is refused when the owner switched win-back off, for staff, and for another shop's member", async () => {
    const w = await world();
    const memberId = w.history.memberId("W");
    actAs(w.staff.id);
    expect((await sendWinBackAction({ slug: w.kape.business.slug, memberId }))?.serverError).toBeTruthy();
    actAs(w.dorOwner.id);
    const cross = await sendWinBackAction({ slug: w.dor.business.slug, memberId });
    expect(cross?.serverError).toBe("Member not found.");
    await db.business.update({ where: { id: w.kape.business.id }, data: { emailSettings: { disabled: ["win-back"] } } });
    actAs(w.kapeOwner.id);
    expect((await sendWinBackAction({ slug: w.kape.business.slug, memberId }))?.serverError).toBe("Win-back emails are switched off on the campaigns page.");
    expect(await db.emailMessage.count({ where: { memberId } })).toBe(0);
  });
});

describe("CSV downloads", () => {
  it("stream every dataset to the owner, with formula-like text neutralised", async () => {
    const w = await world();
    await db.member.update({ where: { id: w.history.memberId("W") }, data: { displayName: '=HYPERLINK("http://evil.test","Click")' } });
    actAs(w.kapeOwner.id);
    const figures = await route(w.kape.business.slug, "figures");
    expect(figures.status).toBe(200);
    expect(figures.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(figures.headers.get("content-disposition")).toMatch(/^attachment; filename="cafe-[a-f0-9]+-figures-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await figures.text();
    expect(text.split("\r\n")[0]).toBe("Figure,Value,Previous period,Unit,How it is calculated");
    expect(text).toContain("Members at risk,2,,,");

    const atRisk = await (await route(w.kape.business.slug, "at-risk-members")).text();
    expect(atRisk).toContain(`"'=HYPERLINK(""http://evil.test"",""Click"")"`);
    for (const dataset of ["members-over-time", "points-over-time", "revenue-by-tier", "tier-distribution", "cohort-retention", "redemption-cohorts", "redemption-curves", "top-members", "rewards"]) {
      const response = await route(w.kape.business.slug, dataset, "range=365");
      expect(response.status, dataset).toBe(200);
      expect((await response.text()).split("\r\n").length, dataset).toBeGreaterThan(2);
    }
  });

  it("answer 404 to staff, another owner and unknown datasets, and 401 to nobody signed in", async () => {
    const w = await world();
    actAs(w.staff.id);
    expect((await route(w.kape.business.slug, "figures")).status).toBe(404);
    actAs(w.dorOwner.id);
    expect((await route(w.kape.business.slug, "top-members")).status).toBe(404);
    actAs(w.kapeOwner.id);
    expect((await route(w.kape.business.slug, "passwords")).status).toBe(404);
    actAs(null);
    expect((await route(w.kape.business.slug, "figures")).status).toBe(401);
  });
});
