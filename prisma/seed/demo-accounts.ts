// The demo accounts and API key of DESIGN.md §8, made to exist and be right: used on a fresh
// seed and again on every `npm run db:seed`, so a demo whose passwords or roles were changed
// can be put back without wiping its data.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { hashApiKey } from "../../lib/api/api-key-hash";
import type { Prisma } from "../../lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_API_KEY, DEMO_BUSINESSES, type DemoAccountKey } from "./demo-businesses";
import { CODE_ALPHABET } from "./plan";

type Tx = Prisma.TransactionClient;
export type DemoUserIds = Record<DemoAccountKey, string>;

/** Creates or repairs the three users (password, verified email); returns their ids. */
export async function ensureDemoUsers(tx: Tx, now: Date): Promise<DemoUserIds> {
  const ids = {} as DemoUserIds;
  for (const key of Object.keys(DEMO_ACCOUNTS) as DemoAccountKey[]) {
    const account = DEMO_ACCOUNTS[key];
    const existing = await tx.user.findUnique({
      where: { email: account.email },
      select: { id: true, name: true, emailVerified: true, passwordHash: true },
    });
    if (!existing) {
      // The readable id unless someone else holds it (a demo user whose email was changed).
      const idFree = (await tx.user.count({ where: { id: account.id } })) === 0;
      const created = await tx.user.create({
        data: {
          ...(idFree ? { id: account.id } : {}),
          email: account.email,
          name: account.name,
          emailVerified: now,
          passwordHash: await hash(account.password),
          createdAt: new Date(now.getTime() - 450 * 86_400_000),
        },
        select: { id: true },
      });
      ids[key] = created.id;
      continue;
    }
    const passwordOk = existing.passwordHash !== null && (await verify(existing.passwordHash, account.password).catch(() => false));
    if (!passwordOk || !existing.emailVerified || !existing.name) {
      await tx.user.update({
        where: { id: existing.id },
        data: {
          ...(passwordOk ? {} : { passwordHash: await hash(account.password) }),
          emailVerified: existing.emailVerified ?? now,
          name: existing.name ?? account.name,
        },
      });
    }
    ids[key] = existing.id;
  }
  return ids;
}

/** Staff roles, Maria's memberships and the POS key, on a database that already has the demo. */
export async function repairDemoAccess(tx: Tx, ids: DemoUserIds, now: Date): Promise<void> {
  const businesses = await tx.business.findMany({
    where: { slug: { in: DEMO_BUSINESSES.map((config) => config.business.slug) } },
    select: { id: true, slug: true },
  });
  for (const config of DEMO_BUSINESSES) {
    const business = businesses.find((row) => row.slug === config.business.slug);
    if (!business) continue;
    const staffKeys = new Set(config.staff.map((staff) => staff.key));
    for (const { key, role } of config.staff) {
      await tx.staffRole.upsert({
        where: { userId_businessId: { userId: ids[key], businessId: business.id } },
        create: { userId: ids[key], businessId: business.id, role },
        update: { role },
      });
    }
    // Jun is staff of Kapé Suki only.
    if (!staffKeys.has("staff")) await tx.staffRole.deleteMany({ where: { userId: ids.staff, businessId: business.id } });
    await ensureMember(tx, business.id, ids.maria, now);
  }
  const kape = businesses.find((row) => row.slug === "kape-suki");
  if (kape) await ensureDemoApiKey(tx, kape.id, ids.owner);
}

export async function ensureDemoApiKey(tx: Tx, businessId: string, ownerId: string): Promise<void> {
  const fields = {
    businessId,
    name: DEMO_API_KEY.name,
    prefix: DEMO_API_KEY.key.slice(0, 12),
    scopes: DEMO_API_KEY.scopes,
    revokedAt: null,
  };
  await tx.apiKey.upsert({
    where: { hash: hashApiKey(DEMO_API_KEY.key) },
    create: { ...fields, id: "kape_key_demo_till", hash: hashApiKey(DEMO_API_KEY.key), createdById: ownerId },
    update: fields,
  });
}

/** Maria back in a program she left: a new, empty membership (no points, so no ledger rows). */
async function ensureMember(tx: Tx, businessId: string, userId: string, now: Date): Promise<void> {
  if ((await tx.member.count({ where: { businessId, userId } })) > 0) return;
  const [last, entryTier] = await Promise.all([
    tx.member.findFirst({ where: { businessId }, orderBy: { number: "desc" }, select: { number: true } }),
    tx.tier.findFirst({ where: { businessId }, orderBy: { rank: "asc" }, select: { id: true } }),
  ]);
  const bytes = randomBytes(8);
  await tx.member.create({
    data: {
      businessId,
      userId,
      number: (last?.number ?? 1000) + 1,
      tierId: entryTier?.id ?? null,
      joinedAt: now,
      displayName: DEMO_ACCOUNTS.maria.name,
      marketingConsent: true,
      emailPreferences: { thankYou: true, milestones: true, offers: true },
      unsubscribeToken: randomBytes(16).toString("hex"),
      referralCode: Array.from(bytes, (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join(""),
    },
  });
}
