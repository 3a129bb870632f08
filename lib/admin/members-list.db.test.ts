import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importMembers } from "@/lib/loyalty/import-members";
import { enrollMember } from "@/lib/loyalty/members";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { createTestBusiness, nextReceipt } from "@/test/loyalty-fixture";
import { listMembers, MEMBERS_PAGE_SIZE } from "./members-list";
import { memberListQuerySchema, type MemberListQuery } from "./members-schemas";

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let businessId: string;
let otherBusinessId: string;
let silverId: string;
const ids: Record<string, string> = {};

async function member(businessId: string, key: string, name: string, email: string, phone: string | undefined, visitsDaysAgo: number[]) {
  const user = await db.user.create({ data: { email } });
  const { memberId } = await enrollMember({ businessId, userId: user.id, displayName: name, phone }, daysAgo(300));
  for (const days of [...visitsDaysAgo].sort((a, b) => b - a)) {
    await recordPurchase({ businessId, memberId, amountMinor: 20_000, currency: "PHP", externalId: nextReceipt(), occurredAt: daysAgo(days) });
  }
  ids[key] = memberId;
}

const query = (input: Record<string, string | undefined>): MemberListQuery => memberListQuerySchema.parse(input);
const names = async (input: Record<string, string | undefined>, business = businessId) =>
  (await listMembers({ businessId: business, query: query(input) }, now)).rows.map((row) => row.name).sort();

beforeAll(async () => {
  const { business, tiers } = await createTestBusiness();
  businessId = business.id;
  silverId = tiers[1]!.id;
  otherBusinessId = (await createTestBusiness()).business.id;
  // Ana: a weekly regular who stopped coming 86 days ago — at risk.
  await member(businessId, "ana", "Ana Reyes", "ana.reyes@list.test", "+639171112222", [100, 93, 86]);
  // Ben: every ten days, last today — fine.
  await member(businessId, "ben", "Ben Cruz", "ben.cruz@list.test", undefined, [20, 10, 0]);
  // Carla: one visit long ago — no usual gap, so not "at risk", but inactive.
  await member(businessId, "carla", "Carla Santos", "carla@list.test", "+639175550000", [200]);
  // Anabel: every 40 days, last 40 days ago — active in 90 days, not in 30, not at risk.
  await member(businessId, "anabel", "Anabel Lim", "anabel@list.test", undefined, [80, 40]);
  // Dan: never bought; his activity is his join 300 days ago.
  await member(businessId, "dan", "Dan Uy", "dan_uy@list.test", undefined, []);
  await db.member.update({ where: { id: ids.ben }, data: { tierId: silverId } });
  // Another business's Ana must never show up here.
  await member(otherBusinessId, "otherAna", "Ana Other", "ana.other@list.test", "+639171112222", [90, 80, 70]);
});

describe("members table search and filters", () => {
  it("finds members by a name fragment, case-insensitively, in this business only", async () => {
    expect(await names({ q: "ana" })).toEqual(["Ana Reyes", "Anabel Lim"]);
    expect(await names({ q: "REYES" })).toEqual(["Ana Reyes"]);
    expect(await names({ q: "ana" }, otherBusinessId)).toEqual(["Ana Other"]);
  });

  it("finds members by email, phone (as typed at a counter) and member number", async () => {
    expect(await names({ q: "ben.cruz@" })).toEqual(["Ben Cruz"]);
    // An underscore is a literal, not LIKE's single-character wildcard.
    expect(await names({ q: "dan_" })).toEqual(["Dan Uy"]);
    expect(await names({ q: "a_a" })).toEqual([]);
    expect(await names({ q: "0917 111 2222" })).toEqual(["Ana Reyes"]);
    expect(await names({ q: "5550000" })).toEqual(["Carla Santos"]);
    const carla = await db.member.findUniqueOrThrow({ where: { id: ids.carla }, select: { number: true } });
    expect(await names({ q: String(carla.number) })).toEqual(["Carla Santos"]);
    expect(await names({ q: "nobody-like-this" })).toEqual([]);
  });

  it("filters by tier and by activity", async () => {
    expect(await names({ tier: silverId })).toEqual(["Ben Cruz"]);
    expect(await names({ activity: "active30" })).toEqual(["Ben Cruz"]);
    expect(await names({ activity: "active90" })).toEqual(["Ana Reyes", "Anabel Lim", "Ben Cruz"]);
    expect(await names({ activity: "inactive" })).toEqual(["Carla Santos", "Dan Uy"]);
    // Another business's tier id selects nobody here.
    const otherTier = await db.tier.findFirstOrThrow({ where: { businessId: otherBusinessId } });
    expect(await names({ tier: otherTier.id })).toEqual([]);
  });

  it("marks and filters at-risk members: no visit in twice their usual gap", async () => {
    expect(await names({ risk: "1" })).toEqual(["Ana Reyes"]);
    expect(await names({ risk: "1", q: "ben" })).toEqual([]);
    const page = await listMembers({ businessId, query: query({}) }, now);
    const flagged = page.rows.filter((row) => row.atRisk).map((row) => row.name);
    expect(flagged).toEqual(["Ana Reyes"]);
    // A week later Anabel (40-day rhythm, last seen 40 days ago) is still fine; at 81 days she is not.
    expect((await listMembers({ businessId, query: query({ risk: "1" }) }, new Date(now.getTime() + 41 * DAY))).rows.map((row) => row.name).sort()).toEqual([
      "Ana Reyes",
      "Anabel Lim",
      "Ben Cruz",
    ]);
  });

  it("ignores malformed URL parameters instead of failing", async () => {
    const parsed = memberListQuerySchema.parse({ sort: "nonsense", dir: ["asc", "desc"], activity: "weird", after: "x.y" });
    expect(parsed).toMatchObject({ sort: "joined", dir: "asc", activity: undefined });
    expect((await listMembers({ businessId, query: parsed }, now)).rows).toHaveLength(5);
  });
});

describe("keyset pagination", () => {
  let bigBusinessId: string;

  beforeAll(async () => {
    bigBusinessId = (await createTestBusiness()).business.id;
    // 130 members, with many equal balances so ties must break on the member number.
    const rows = Array.from({ length: 130 }, (_, index) => ({ row: index + 2, email: `page-${index}@list.test`, name: `Page ${index}`, phone: null, points: (index * 37) % 5 }));
    await importMembers({ businessId: bigBusinessId, actorUserId: null, source: "pages.csv", rows });
  });

  async function walk(sort: string, dir: string) {
    const seen: number[] = [];
    const pages: string[][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listMembers({ businessId: bigBusinessId, query: query({ sort, dir, after }) }, now);
      pages.push(page.rows.map((row) => row.id));
      seen.push(...page.rows.map((row) => row.number));
      if (!page.next) break;
      after = page.next;
    }
    return { seen, pages };
  }

  it.each([
    ["balance", "desc"],
    ["balance", "asc"],
    ["joined", "desc"],
    ["lastVisit", "desc"],
    ["spent", "asc"],
  ])("walks every member exactly once in %s %s order", async (sort, dir) => {
    const { seen, pages } = await walk(sort, dir);
    expect(pages.map((page) => page.length)).toEqual([MEMBERS_PAGE_SIZE, MEMBERS_PAGE_SIZE, 30]);
    expect(new Set(seen).size).toBe(130);
    const field = { balance: "balance", joined: "number", lastVisit: "lastActivityAt", spent: "lifetimeSpent" }[sort] as "balance";
    const expected = await db.member.findMany({
      where: { businessId: bigBusinessId },
      orderBy: [{ [field]: dir }, { number: dir }] as never,
      select: { number: true },
    });
    expect(seen).toEqual(expected.map((row) => row.number));
  });

  it("goes back with the previous cursor to exactly the page before, and new sign-ups do not shift pages", async () => {
    const first = await listMembers({ businessId: bigBusinessId, query: query({ sort: "balance", dir: "desc" }) }, now);
    expect(first.previous).toBeNull();
    const second = await listMembers({ businessId: bigBusinessId, query: query({ sort: "balance", dir: "desc", after: first.next! }) }, now);
    // Someone joins with a top balance while the owner is on page 2.
    await importMembers({ businessId: bigBusinessId, actorUserId: null, source: "late.csv", rows: [{ row: 2, email: "late@list.test", name: "Late", phone: null, points: 99 }] });
    const third = await listMembers({ businessId: bigBusinessId, query: query({ sort: "balance", dir: "desc", after: second.next! }) }, now);
    expect(third.rows).toHaveLength(30);
    const back = await listMembers({ businessId: bigBusinessId, query: query({ sort: "balance", dir: "desc", before: third.previous! }) }, now);
    expect(back.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    expect(back.next).toBe(second.next);
    const all = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(new Set(all).size).toBe(130);
  });
});
