import { describe, expect, it } from "vitest";
import { needsTouch, planMarketing, type DueNotice } from "./cadence";
import type { EmailKind } from "./kinds";

const DAY = 86_400_000;
const start = new Date("2026-01-01T08:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);

describe("planMarketing", () => {
  const notice = (id: string, kind: EmailKind, day = 0): DueNotice => ({ id, kind, createdAt: at(day) });

  it("sends the most important notice and makes the rest wait a full gap", () => {
    const plan = planMarketing([notice("t", "thank-you"), notice("m", "milestone"), notice("w", "win-back")], null, at(0), 7);
    expect(plan.send).toBe("m");
    expect(plan.wait).toEqual([{ id: "t", until: at(7) }, { id: "w", until: at(7) }]);
    expect(plan.drop).toEqual([]);
  });

  it("holds everything until the gap since the last marketing mail is over", () => {
    const plan = planMarketing([notice("b", "birthday", 3)], at(0), at(3), 7);
    expect(plan).toEqual({ send: null, wait: [{ id: "b", until: at(7) }], drop: [] });
  });

  it("drops notices that went stale while waiting", () => {
    const plan = planMarketing([notice("t", "thank-you", 0), notice("m", "milestone", 0)], at(-3), at(4), 7);
    expect(plan.drop).toEqual(["t"]);
    expect(plan.send).toBe("m");
  });

  it("prefers the older of two equally important notices", () => {
    expect(planMarketing([notice("new", "milestone", 2), notice("old", "milestone", 1)], null, at(2), 7).send).toBe("old");
  });
});

describe("needsTouch", () => {
  const member = { lastMarketingAt: at(0), lastActivityAt: at(10), joinedAt: at(-100), optedIn: true };
  it.each([
    ["28 days after the last mail", { ...member }, 28, false],
    ["29 days after the last mail (delivered by day 30)", { ...member }, 29, true],
    ["opted out", { ...member, optedIn: false }, 40, false],
    ["inactive for more than 90 days", { ...member, lastActivityAt: at(-80) }, 29, false],
    ["never written to, joined 29 days ago", { ...member, lastMarketingAt: null, joinedAt: at(0) }, 29, true],
  ])("%s", (_name, candidate, day, expected) => {
    expect(needsTouch(candidate, at(day), 30)).toBe(expected);
  });
});

/** Six simulated months of a café's members, run the way the daily jobs and outbox run them. */
describe("cadence over simulated months", () => {
  it("never sends two marketing mails within 7 days, and touches active opted-in members at least every 30", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const members = Array.from({ length: 60 }, (_, i) => ({
      id: `m${i}`,
      joinedAt: at(-Math.floor(random() * 60)),
      optedIn: random() < 0.8,
      visitChance: [0.05, 0.2, 0.6][i % 3]!,
      quitsOn: random() < 0.3 ? 40 + Math.floor(random() * 80) : Infinity,
      lastActivityAt: null as Date | null,
      pending: [] as (DueNotice & { dueAt: Date })[],
      sent: [] as Date[],
      longestSilence: 0,
    }));
    let next = 0;
    for (let day = 0; day < 180; day++) {
      const now = at(day);
      for (const member of members) {
        const queue = (kind: EmailKind) => member.pending.push({ id: `n${next++}`, kind, createdAt: now, dueAt: now });
        if (day < member.quitsOn && random() < member.visitChance) {
          member.lastActivityAt = now;
          queue("thank-you");
          if (random() < 0.1) queue("milestone");
        }
        if (random() < 0.01) queue("birthday");
        if (random() < 0.02) queue("event-invitation");
        if (day >= member.quitsOn + 45 && random() < 0.05) queue("win-back");
        const lastMarketingAt = member.sent.at(-1) ?? null;
        if (member.pending.length === 0 && needsTouch({ ...member, lastMarketingAt }, now, 30)) queue("touch");
        if (!member.optedIn) {
          member.pending = []; // suppressed at send time
          continue;
        }
        const due = member.pending.filter((n) => n.dueAt <= now);
        const plan = planMarketing(due, lastMarketingAt, now, 7);
        if (plan.send) member.sent.push(now);
        const waits = new Map(plan.wait.map((w) => [w.id, w.until]));
        member.pending = member.pending.flatMap((n) =>
          n.id === plan.send || plan.drop.includes(n.id) ? [] : [{ ...n, dueAt: waits.get(n.id) ?? n.dueAt }],
        );
        const active = member.lastActivityAt && now.getTime() - member.lastActivityAt.getTime() <= 90 * DAY;
        if (active) {
          const since = (member.sent.at(-1) ?? member.joinedAt).getTime();
          member.longestSilence = Math.max(member.longestSilence, (now.getTime() - since) / DAY);
        }
      }
    }
    let mails = 0;
    for (const member of members) {
      mails += member.sent.length;
      for (let i = 1; i < member.sent.length; i++) {
        expect(member.sent[i]!.getTime() - member.sent[i - 1]!.getTime()).toBeGreaterThanOrEqual(7 * DAY);
      }
      if (member.optedIn) expect(member.longestSilence).toBeLessThanOrEqual(30);
      else expect(member.sent).toEqual([]);
    }
    expect(mails).toBeGreaterThan(500); // the rules are exercised, not vacuously true
  });
});
