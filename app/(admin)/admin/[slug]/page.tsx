import { QrCode } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FigureGrid } from "@/components/admin/figure-grid";
import { Button } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getOverviewSummary } from "@/lib/analytics/overview-summary";
import { formatMoney, formatPoints } from "@/lib/format/money";

export const metadata: Metadata = { title: "Overview" };

type Props = { params: Promise<{ slug: string }> };

export default async function AdminOverviewPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireStaff(slug);
  const details = await db.business.findUniqueOrThrow({
    where: { id: business!.id },
    select: { name: true, currency: true },
  });
  const summary = await getOverviewSummary(business!.id);

  const figures = [
    { label: "Members", value: formatPoints(summary.members) },
    { label: "Active in the last 30 days", value: formatPoints(summary.activeMembers30d) },
    { label: "Purchases in the last 30 days", value: formatPoints(summary.purchases30d) },
    { label: "Revenue in the last 30 days", value: formatMoney(summary.revenue30dMinor, details.currency) },
    { label: "Points outstanding", value: formatPoints(summary.outstandingPoints) },
    { label: "Vouchers waiting to be used", value: formatPoints(summary.vouchersOpen) },
  ];

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{details.name}</h1>
          <p className="mt-1 text-ink-muted">How your program is doing.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="secondary">
            <Link href={`/join/${slug}/qr`}>
              <QrCode aria-hidden className="size-4" />
              Print the join QR code
            </Link>
          </Button>
          <Button asChild variant="ghost">
            <Link href={`/join/${slug}`}>Open the join page</Link>
          </Button>
        </div>
      </div>
      <FigureGrid figures={figures} className="mt-6 lg:grid-cols-3" />
    </div>
  );
}
