"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { setRewardArchivedAction } from "./actions";

export function ArchiveRewardButton({ slug, rewardId, name, archived }: { slug: string; rewardId: string; name: string; archived: boolean }) {
  const t = useTranslations("adminRewards");
  const archive = useAction(setRewardArchivedAction, {
    onSuccess: ({ data }) => toast.success(data?.archived ? t("list.archived") : t("list.unarchived")),
    onError: ({ error }) => toast.error(error.serverError ?? t("form.genericError")),
  });
  return (
    <Button
      variant={archived ? "secondary" : "ghost"}
      size="sm"
      pending={archive.isPending}
      aria-label={archived ? t("list.unarchiveLabel", { name }) : t("list.archiveLabel", { name })}
      onClick={() => {
        if (archived || window.confirm(t("list.archiveConfirm", { name }))) archive.execute({ slug, rewardId, archived: !archived });
      }}
    >
      {archived ? t("list.unarchive") : t("list.archive")}
    </Button>
  );
}
