// Inputs of the counter screen's actions. Every one carries the business slug (the action
// client picks the business among the caller's own roles); ids are looked up with that
// business, so another business's id is simply not found. Amounts arrive as the text the
// cashier typed and are parsed per currency on the server (counter-amount.ts).
import { z } from "zod";

const slug = z.string().trim().min(1).max(64);
const id = z.string().trim().min(1).max(64);
const amountText = z.string().max(32);
/** One per form submission (crypto.randomUUID in the browser): a double tap records once. */
const submissionId = z.uuid();

export const counterLookupSchema = z.object({ slug, query: z.string().trim().min(1, { error: "Type a member number, email, phone or card code." }).max(500) });
export type CounterLookupInput = z.input<typeof counterLookupSchema>;

export const counterMemberSchema = z.object({ slug, memberId: id });
export type CounterMemberInput = z.input<typeof counterMemberSchema>;

export const counterPurchaseSchema = z.object({
  slug,
  memberId: id,
  amount: amountText,
  receiptId: z.string().trim().max(100).optional(),
  submissionId,
});
export type CounterPurchaseInput = z.input<typeof counterPurchaseSchema>;

export const counterRefundSchema = z
  .object({
    slug,
    memberId: id,
    purchaseId: id.optional(),
    receiptId: z.string().trim().max(100).optional(),
    /** Empty: refund whatever is left of the purchase. */
    amount: amountText.optional(),
    submissionId,
  })
  .refine((input) => Boolean(input.purchaseId || input.receiptId), { error: "Pick a purchase or type its receipt id.", path: ["receiptId"] });
export type CounterRefundInput = z.input<typeof counterRefundSchema>;

export const counterVoucherSchema = z.object({ slug, code: z.string().trim().min(1, { error: "Type or scan a voucher code." }).max(60) });
export type CounterVoucherInput = z.input<typeof counterVoucherSchema>;
