// The POS API keys of a business. A key is shown to the owner once, at creation; only its
// SHA-256 (lib/api/api-key-hash.ts, what lib/api/auth.ts looks requests up by) and its first
// characters are stored. Revoking sets revokedAt, which the very next request's lookup sees.
import "server-only";
import { randomBytes } from "node:crypto";
import { UserError } from "@/lib/actions/user-error";
import { recordAudit } from "@/lib/admin/audit";
import { hashApiKey } from "@/lib/api/api-key-hash";
import type { ApiScope } from "@/lib/api/api-scopes";
import { db } from "@/lib/db/client";

export type AdminApiKey = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  rateLimitPerMinute: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Same shape as the demo key (`sk_demo_…`): a readable kind, then 192 random bits. */
export function generateApiKey(): { key: string; prefix: string } {
  const key = `sk_live_${randomBytes(24).toString("base64url")}`;
  // As the seed does: the first 12 characters identify a key in lists without revealing it.
  return { key, prefix: key.slice(0, 12) };
}

export async function listApiKeys(businessId: string): Promise<AdminApiKey[]> {
  return db.apiKey.findMany({
    where: { businessId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, scopes: true, rateLimitPerMinute: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function createApiKey(input: {
  businessId: string;
  actorUserId: string;
  name: string;
  scopes: ApiScope[];
  rateLimitPerMinute: number;
}): Promise<{ apiKeyId: string; key: string; prefix: string }> {
  const { key, prefix } = generateApiKey();
  const apiKeyId = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        businessId: input.businessId, name: input.name, hash: hashApiKey(key), prefix, scopes: input.scopes,
        rateLimitPerMinute: input.rateLimitPerMinute, createdById: input.actorUserId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      businessId: input.businessId, actorUserId: input.actorUserId, action: "apiKey.create", entityType: "ApiKey", entityId: row.id,
      after: { name: input.name, prefix, scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute },
    });
    return row.id;
  });
  return { apiKeyId, key, prefix };
}

export async function revokeApiKey(input: { businessId: string; actorUserId: string; apiKeyId: string }, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: input.apiKeyId, businessId: input.businessId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw new UserError("No such API key.", { key: "adminApiKeys.errors.noSuchKey" });
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      businessId: input.businessId, actorUserId: input.actorUserId, action: "apiKey.revoke", entityType: "ApiKey", entityId: key.id,
      before: { name: key.name, prefix: key.prefix, revokedAt: null }, after: { revokedAt: now.toISOString() },
    });
  });
}
