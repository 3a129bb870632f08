import { Badge } from "@/components/ui/badge";
import type { RedemptionStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<RedemptionStatus, { label: string; variant: "success" | "neutral" | "danger" | "warning" }> = {
  ISSUED: { label: "Ready to use", variant: "success" },
  USED: { label: "Used", variant: "neutral" },
  CANCELLED: { label: "Cancelled", variant: "danger" },
  EXPIRED: { label: "Expired", variant: "warning" },
};

/** A voucher's status in words (the rewards list and the voucher page). */
export function VoucherStatusBadge({ status }: { status: RedemptionStatus }) {
  const { label, variant } = STATUS[status];
  return <Badge variant={variant}>{label}</Badge>;
}
