import { getLocale, getTranslations } from "next-intl/server";
import { Coffee, Mail, Percent } from "lucide-react";

import { formatPoints } from "@/lib/format/money";
import { formatPercentBp } from "@/lib/format/numbers";

const QR_SIZE = 21;

/** A fixed, QR-looking pattern for the illustration. It encodes nothing. */
function qrCells(): [number, number][] {
  const cells: [number, number][] = [];
  const inFinder = (x: number, y: number) =>
    (x < 8 && y < 8) || (x >= QR_SIZE - 8 && y < 8) || (x < 8 && y >= QR_SIZE - 8);
  let seed = 7;
  for (let y = 0; y < QR_SIZE; y++) {
    for (let x = 0; x < QR_SIZE; x++) {
      seed = (seed * 48271) % 2147483647;
      if (!inFinder(x, y) && seed % 100 < 48) cells.push([x, y]);
    }
  }
  return cells;
}

function Finder({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={7} height={7} rx={1.2} fill="currentColor" />
      <rect x={x + 1} y={y + 1} width={5} height={5} rx={0.8} fill="white" />
      <rect x={x + 2} y={y + 2} width={3} height={3} rx={0.6} fill="currentColor" />
    </g>
  );
}

function QrIllustration() {
  return (
    <svg viewBox={`0 0 ${QR_SIZE} ${QR_SIZE}`} className="size-full text-brand-950" aria-hidden="true">
      {qrCells().map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="currentColor" />
      ))}
      <Finder x={0} y={0} />
      <Finder x={QR_SIZE - 7} y={0} />
      <Finder x={0} y={QR_SIZE - 7} />
    </svg>
  );
}

/** The hero illustration: what a member sees on their phone. Decorative HTML, no data. */
export async function MemberCardPreview() {
  const stamps = 10;
  const filled = 7;
  const balance = 1240;
  const [t, locale] = await Promise.all([getTranslations("landing"), getLocale()]);
  return (
    <figure
      role="img"
      aria-label={t("preview.label", { points: formatPoints(balance, locale), stamps: filled, required: stamps })}
      className="relative mx-auto w-full max-w-sm"
    >
      <div className="relative overflow-hidden rounded-[1.75rem] bg-gradient-to-br from-brand-700 via-brand-800 to-brand-950 p-6 text-white shadow-2xl shadow-brand-900/30">
        <div aria-hidden="true" className="absolute -top-16 -right-16 size-48 rounded-full bg-brand-400/25 blur-2xl" />
        <div className="relative flex items-start justify-between gap-4">
          <div>
            <p className="text-xs font-semibold tracking-widest text-brand-200 uppercase">Kapé Suki</p>
            <p className="mt-1 text-lg font-semibold">Maria Santos</p>
            <p className="text-xs text-brand-200">{t("preview.memberNumber", { number: "0042" })}</p>
          </div>
          <span className="rounded-full bg-amber-300 px-3 py-1 text-xs font-bold text-amber-950">Gold Suki</span>
        </div>

        <div className="relative mt-6 flex items-end justify-between gap-4">
          <div>
            <p className="font-display text-4xl font-bold tabular-nums">{formatPoints(balance, locale)}</p>
            <p className="text-sm text-brand-100">{t("preview.toNextReward", { balance, count: 260 })}</p>
          </div>
        </div>

        <div className="relative mt-5 grid grid-cols-10 gap-1.5">
          {Array.from({ length: stamps }, (_, i) => (
            <span
              key={i}
              className={
                i < filled
                  ? "grid aspect-square place-items-center rounded-full bg-amber-300 text-brand-900"
                  : "aspect-square rounded-full border border-dashed border-brand-300/70"
              }
            >
              {i < filled ? <Coffee className="size-3" strokeWidth={2.5} /> : null}
            </span>
          ))}
        </div>
        <p className="relative mt-2 text-xs text-brand-100">{t("preview.coffeesLeft", { count: stamps - filled })}</p>

        <div className="relative mt-6 flex items-center gap-4 rounded-2xl bg-white p-3 text-ink">
          <div className="size-24 shrink-0">
            <QrIllustration />
          </div>
          <div className="text-sm">
            <p className="font-semibold">{t("preview.showAtCounter")}</p>
            <p className="text-ink-muted">{t("preview.codeChanges")}</p>
          </div>
        </div>
      </div>

      <div className="absolute -top-5 -left-3 hidden items-center gap-2 rounded-full border border-line bg-surface px-3 py-2 text-sm font-semibold text-ink shadow-card sm:flex lg:-left-10">
        <Percent aria-hidden="true" className="size-4 text-brand-700" />
        {t("preview.discountToday", { percent: formatPercentBp(1200, locale) })}
      </div>
      <div className="absolute -right-3 -bottom-5 flex items-center gap-2 rounded-full border border-line bg-surface px-3 py-2 text-sm font-semibold text-ink shadow-card lg:-right-10">
        <Mail aria-hidden="true" className="size-4 text-brand-700" />
        {t("preview.thanks", { visit: 10 })}
      </div>
    </figure>
  );
}
