"use server";
// The counter screen's actions: staff or owner of the business named by the slug. Each one
// passes ctx.business.id to the domain, which looks every id up within that business.
import { businessStaffAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { findCounterMember, getCounterMember } from "@/lib/admin/counter-lookup";
import { recordCounterPurchase, refundCounterPurchase } from "@/lib/admin/counter-sales";
import { counterLookupSchema, counterMemberSchema, counterPurchaseSchema, counterRefundSchema, counterVoucherSchema } from "@/lib/admin/counter-schemas";
import { checkCounterVoucher, markCounterVoucherUsed } from "@/lib/admin/counter-vouchers";
import { limitCounterPurchase } from "@/lib/security/limits";

export const findCounterMemberAction = businessStaffAction
  .inputSchema(counterLookupSchema)
  .action(async ({ parsedInput, ctx }) => findCounterMember(ctx.business.id, parsedInput.query));

export const loadCounterMemberAction = businessStaffAction.inputSchema(counterMemberSchema).action(async ({ parsedInput, ctx }) => {
  const member = await getCounterMember(ctx.business.id, parsedInput.memberId);
  if (!member) throw new UserError("No such member at this business.");
  return member;
});

export const recordCounterPurchaseAction = businessStaffAction
  .inputSchema(counterPurchaseSchema)
  .action(async ({ parsedInput, ctx }) => {
    // Counted per staff member before anything is written: a stuck key or a misused account
    // cannot flood the ledger (lib/security/limits.ts, shared by every app instance).
    await limitCounterPurchase(ctx.user.id, ctx.business.id);
    return recordCounterPurchase({
      businessId: ctx.business.id,
      memberId: parsedInput.memberId,
      amount: parsedInput.amount,
      receiptId: parsedInput.receiptId,
      submissionId: parsedInput.submissionId,
      staffUserId: ctx.user.id,
    });
  });

export const refundCounterPurchaseAction = businessStaffAction
  .inputSchema(counterRefundSchema)
  .action(async ({ parsedInput, ctx }) =>
    refundCounterPurchase({
      businessId: ctx.business.id,
      memberId: parsedInput.memberId,
      purchaseId: parsedInput.purchaseId,
      receiptId: parsedInput.receiptId,
      amount: parsedInput.amount,
      submissionId: parsedInput.submissionId,
      staffUserId: ctx.user.id,
    }),
  );

export const checkCounterVoucherAction = businessStaffAction
  .inputSchema(counterVoucherSchema)
  .action(async ({ parsedInput, ctx }) => checkCounterVoucher(ctx.business.id, parsedInput.code));

export const markCounterVoucherUsedAction = businessStaffAction
  .inputSchema(counterVoucherSchema)
  .action(async ({ parsedInput, ctx }) => markCounterVoucherUsed({ businessId: ctx.business.id, code: parsedInput.code, staffUserId: ctx.user.id }));
