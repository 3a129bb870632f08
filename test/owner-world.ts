// Two shops with separate owners, for the owner pages' action tests (onboarding, program,
// settings, audit): like the demo, where one owner runs both, but here each owner runs only
// their own, so naming the other shop's slug or ids must be refused. Staff work at the first.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { createTestBusiness } from "./loyalty-fixture";

async function person(label: string, name: string) {
  return db.user.create({ data: { email: `${label}-${randomBytes(4).toString("hex")}@test.local`, name } });
}

export async function createOwnerWorld() {
  const kape = await createTestBusiness();
  const dor = await createTestBusiness();
  const [kapeOwner, dorOwner, staff, stranger] = await Promise.all([
    person("owner-kape", "Liza Owner"),
    person("owner-dor", "Ioana Owner"),
    person("staff", "Jun Staff"),
    person("stranger", "Sam Stranger"),
  ]);
  await db.staffRole.createMany({
    data: [
      { userId: kapeOwner.id, businessId: kape.business.id, role: "OWNER" },
      { userId: dorOwner.id, businessId: dor.business.id, role: "OWNER" },
      { userId: staff.id, businessId: kape.business.id, role: "STAFF" },
    ],
  });
  // Rows of every list the program page edits, so the other shop's ids can be named.
  for (const shop of [kape, dor]) {
    // Switched off, so points in these tests do not depend on the weekday they run on.
    await db.promotion.create({ data: { businessId: shop.business.id, name: "Double Tuesdays", multiplierBp: 20_000, daysOfWeek: [2], active: false } });
    await db.loyaltyAction.create({ data: { businessId: shop.business.id, key: "google-review", name: "Google review", points: 20, maxPerMember: 1 } });
  }
  return { kape, dor, kapeOwner, dorOwner, staff, stranger };
}

export type OwnerWorld = Awaited<ReturnType<typeof createOwnerWorld>>;
