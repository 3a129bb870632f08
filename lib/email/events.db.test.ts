import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember } from "@/test/loyalty-fixture";
import { inviteToEvent } from "./events";

describe("preview-event invitations", () => {
  it("invite opted-in members from the chosen tier up, once however often the owner submits", async () => {
    const { business, tiers } = await createTestBusiness();
    const [regular, silver, quiet] = [await createTestMember(business.id), await createTestMember(business.id), await createTestMember(business.id)];
    await db.member.updateMany({ where: { id: { in: [regular.memberId, silver.memberId] } }, data: { marketingConsent: true, emailPreferences: { thankYou: true, milestones: true, offers: true } } });
    await db.member.update({ where: { id: silver.memberId }, data: { tierId: tiers[1]!.id } });
    const invitation = { eventName: "Tasting night", startsAt: "2099-05-01T18:30", details: "", minTierId: "" };

    expect(await inviteToEvent(business.id, invitation)).toEqual({ ok: true, queued: 2 });
    expect(await inviteToEvent(business.id, invitation)).toEqual({ ok: true, queued: 0 });
    expect(await inviteToEvent(business.id, { ...invitation, eventName: "Silver preview", minTierId: tiers[1]!.id })).toEqual({ ok: true, queued: 1 });

    const rows = await db.emailMessage.findMany({ where: { businessId: business.id, kind: "event-invitation" }, select: { memberId: true, payload: true } });
    expect(rows.filter((row) => row.memberId === quiet.memberId)).toEqual([]);
    // 18:30 in Manila (UTC+8) is 10:30 UTC.
    expect(rows.map((row) => (row.payload as { props: { startsAt: string } }).props.startsAt)).toContain("2099-05-01T10:30:00.000Z");
  });

  it("refuses an event in the past and a tier of another business", async () => {
    const { business } = await createTestBusiness();
    const other = await createTestBusiness();
    expect(await inviteToEvent(business.id, { eventName: "Late", startsAt: "2001-01-01T10:00", details: "", minTierId: "" })).toEqual({ ok: false, message: "The event must be in the future." });
    expect(await inviteToEvent(business.id, { eventName: "X", startsAt: "2099-01-01T10:00", details: "", minTierId: other.tiers[1]!.id })).toEqual({ ok: false, message: "No such tier." });
  });
});
