"use client";

import { useTranslations } from "next-intl";
import { Printer } from "lucide-react";

import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("join");
  return (
    <Button onClick={() => window.print()} size="lg">
      <Printer aria-hidden="true" />
      {t("qr.print")}
    </Button>
  );
}
