"use client";

import { Send } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { sendWinBackAction } from "./actions";

/** One click queues the win-back email; the row then says so instead of offering it again. */
export function WinBackButton({ slug, memberId, name, queued, reachable }: { slug: string; memberId: string; name: string; queued: boolean; reachable: boolean }) {
  const t = useTranslations("adminAnalytics");
  const send = useAction(sendWinBackAction, {
    onSuccess: () => toast.success(t("lists.atRisk.sent", { name })),
    onError: ({ error }) => toast.error(error.serverError ?? t("errors.unreachable")),
  });
  if (queued || send.hasSucceeded) return <Badge variant="success">{t("lists.atRisk.queued")}</Badge>;
  if (!reachable) return <Badge variant="neutral">{t("lists.atRisk.unreachable")}</Badge>;
  return (
    <Button size="sm" variant="secondary" pending={send.isPending} aria-label={t("lists.atRisk.sendTo", { name })} onClick={() => send.execute({ slug, memberId })}>
      <Send aria-hidden="true" className="size-4" />
      {t("lists.atRisk.send")}
    </Button>
  );
}
