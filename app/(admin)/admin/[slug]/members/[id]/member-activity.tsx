import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MemberDetail } from "@/lib/admin/member-detail";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { formatMoney, formatPoints } from "@/lib/format/money";
import type { HistoryPage } from "@/lib/portal/history";

// Keys built at run time, declared for lib/i18n/catalogs.test.ts:
// i18n-keys: adminMemberDetail.ledger.kindValue.ADJUST adminMemberDetail.ledger.kindValue.BONUS
// i18n-keys: adminMemberDetail.ledger.kindValue.EARN adminMemberDetail.ledger.kindValue.EXPIRE
// i18n-keys: adminMemberDetail.ledger.kindValue.REDEEM adminMemberDetail.ledger.kindValue.REVERSAL
// i18n-keys: adminMemberDetail.vouchers.statusValue.CANCELLED adminMemberDetail.vouchers.statusValue.EXPIRED
// i18n-keys: adminMemberDetail.vouchers.statusValue.ISSUED adminMemberDetail.vouchers.statusValue.USED

const VOUCHER_BADGE = { ISSUED: "success", USED: "neutral", CANCELLED: "danger", EXPIRED: "warning" } as const;
const head = "py-2 pr-4 font-semibold";
const cell = "py-2 pr-4 align-top";

function Section({ title, aside, children }: { title: string; aside?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card className="p-5 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-ink">{title}</h2>
        {aside}
      </div>
      <div className="mt-3 overflow-x-auto">{children}</div>
    </Card>
  );
}

export async function VouchersSection({ vouchers, date, points }: { vouchers: MemberDetail["vouchers"]; date: (at: Date | null) => string; points: (value: number) => string }) {
  const t = await getTranslations("adminMemberDetail.vouchers");
  return (
    <Section title={t("title")}>
      {vouchers.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="text-ink-muted">
            <tr>
              <th scope="col" className={head}>{t("reward")}</th>
              <th scope="col" className={head}>{t("code")}</th>
              <th scope="col" className={head}>{t("points")}</th>
              <th scope="col" className={head}>{t("status")}</th>
              <th scope="col" className={head}>{t("issued")}</th>
              <th scope="col" className={head}>{t("expires")}</th>
            </tr>
          </thead>
          <tbody>
            {vouchers.map((voucher) => (
              <tr key={voucher.id} className="border-t border-line">
                <td className={cell}>{voucher.rewardName ?? t("cashback")}</td>
                <td className={`${cell} font-mono`}>…{voucher.codeHint}</td>
                <td className={`${cell} tabular-nums`}>{points(voucher.points)}</td>
                <td className={cell}>
                  <Badge variant={VOUCHER_BADGE[voucher.status]}>{t(`statusValue.${voucher.status}`)}</Badge>
                  {voucher.usedAt ? <span className="ml-2 text-ink-muted">{date(voucher.usedAt)}</span> : null}
                </td>
                <td className={`${cell} whitespace-nowrap`}>{date(voucher.createdAt)}</td>
                <td className={`${cell} whitespace-nowrap`}>{date(voucher.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

type PurchasesProps = { purchases: MemberDetail["purchases"]; total: number; timeZone: string; locale: string };

export async function PurchasesSection({ purchases, total, timeZone, locale }: PurchasesProps) {
  const t = await getTranslations("adminMemberDetail.purchases");
  return (
    <Section title={t("title")} aside={total > purchases.length ? <p className="text-sm text-ink-muted">{t("shown", { shown: purchases.length, total })}</p> : null}>
      {purchases.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <table className="w-full min-w-[32rem] text-left text-sm">
          <thead className="text-ink-muted">
            <tr>
              <th scope="col" className={head}>{t("date")}</th>
              <th scope="col" className={head}>{t("receipt")}</th>
              <th scope="col" className={`${head} text-right`}>{t("amount")}</th>
              <th scope="col" className={`${head} text-right`}>{t("refunded")}</th>
            </tr>
          </thead>
          <tbody>
            {purchases.map((purchase) => (
              <tr key={purchase.id} className="border-t border-line">
                <td className={`${cell} whitespace-nowrap`}>{formatDateTime(purchase.occurredAt, timeZone, locale)}</td>
                <td className={`${cell} font-mono text-xs`}>
                  {purchase.externalId}
                  {purchase.refunds.map((refund) => (
                    <p key={refund.id} className="font-sans text-ink-muted">
                      {t("refund", { amount: formatMoney(refund.amountMinor, purchase.currency, locale), date: formatDate(refund.createdAt, timeZone, locale) })}
                    </p>
                  ))}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{formatMoney(purchase.amountMinor, purchase.currency, locale)}</td>
                <td className={`${cell} text-right tabular-nums`}>{purchase.refundedMinor > 0 ? formatMoney(purchase.refundedMinor, purchase.currency, locale) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

type LedgerProps = { history: HistoryPage; base: string; timeZone: string; locale: string };

export async function LedgerSection({ history, base, timeZone, locale }: LedgerProps) {
  const t = await getTranslations("adminMemberDetail.ledger");
  return (
    <Section title={t("title")} aside={history.pageCount > 1 ? <p className="text-sm text-ink-muted">{t("page", { page: history.page, pages: history.pageCount })}</p> : null}>
      {history.entries.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <table id="ledger" className="w-full min-w-[32rem] text-left text-sm">
          <thead className="text-ink-muted">
            <tr>
              <th scope="col" className={head}>{t("date")}</th>
              <th scope="col" className={head}>{t("kind")}</th>
              <th scope="col" className={`${head} text-right`}>{t("points")}</th>
              <th scope="col" className={head}>{t("reason")}</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((entry) => (
              <tr key={entry.id} className="border-t border-line">
                <td className={`${cell} whitespace-nowrap`}>{formatDateTime(entry.createdAt, timeZone, locale)}</td>
                <td className={cell}>{t(`kindValue.${entry.kind}`)}</td>
                <td className={`${cell} text-right font-semibold tabular-nums ${entry.points < 0 ? "text-red-800" : "text-green-800"}`}>
                  {entry.points > 0 ? "+" : ""}
                  {formatPoints(entry.points, locale)}
                </td>
                <td className={cell}>{entry.reason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history.pageCount > 1 ? (
        <nav aria-label={t("label")} className="mt-4 flex justify-between gap-2">
          {history.page > 1 ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={`${base}?page=${history.page - 1}#ledger`}>{t("previous")}</Link>
            </Button>
          ) : (
            <span />
          )}
          {history.page < history.pageCount ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={`${base}?page=${history.page + 1}#ledger`}>{t("next")}</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </Section>
  );
}
