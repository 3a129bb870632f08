// The owner's ROI inputs on the Program row (cost per point, monthly program cost, email cost
// per thousand), changed from the overview with an audit entry in the same transaction.
import "server-only";
import { UserError } from "@/lib/actions/user-error";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import type { RoiInputs } from "./program-query";
import type { UpdateRoiInputsInput } from "./schemas";

const inputSelect = { id: true, pointValueMinor: true, programCostMonthlyMinor: true, emailCostPerThousandMinor: true } as const;

export async function updateRoiInputs(input: { businessId: string; actorUserId: string } & Omit<UpdateRoiInputsInput, "slug">): Promise<RoiInputs> {
  const { businessId, actorUserId, ...values } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.program.findUnique({ where: { businessId }, select: inputSelect });
    if (!before) throw new UserError("Set up the program first.", { key: "adminAnalytics.errors.noProgram" });
    const { id, ...after } = await tx.program.update({ where: { businessId }, data: values, select: inputSelect });
    const { id: _id, ...previous } = before;
    await recordAudit(tx, { businessId, actorUserId, action: "program.roi_inputs.update", entityType: "Program", entityId: id, before: previous, after });
    return after;
  });
}
