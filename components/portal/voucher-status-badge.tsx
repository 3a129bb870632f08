import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import type { RedemptionStatus } from "@/lib/generated/prisma/enums";

const VARIANT: Record<RedemptionStatus, "success" | "neutral" | "danger" | "warning"> = {
  ISSUED: "success",
  USED: "neutral",
  CANCELLED: "danger",
  EXPIRED: "warning",
};

// i18n-keys: portal.voucherStatus.ISSUED portal.voucherStatus.USED portal.voucherStatus.CANCELLED portal.voucherStatus.EXPIRED

/** A voucher's status in words (the rewards list and the voucher page). */
export function VoucherStatusBadge({ status }: { status: RedemptionStatus }) {
  const t = useTranslations("portal");
  return <Badge variant={VARIANT[status]}>{t(`voucherStatus.${status}`)}</Badge>;
}
