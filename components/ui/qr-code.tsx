import QRCode from "qrcode";

import { cn } from "@/lib/utils/cn";

export type QrCodeProps = {
  value: string;
  /** What the code is for, read out instead of the picture ("Member card code"). */
  label: string;
  className?: string;
};

/**
 * A QR code as inline SVG. The matrix is computed synchronously, so the same component renders
 * on the server (vouchers, the printable join poster) and in the browser (the rotating card),
 * and it needs no network once the page is loaded. A quiet zone of 4 modules, as the spec asks.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let path = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.data[y * size + x]) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${size + 8} ${size + 8}`}
      shapeRendering="crispEdges"
      className={cn("block aspect-square w-full bg-white text-black", className)}
    >
      <rect x={-4} y={-4} width={size + 8} height={size + 8} fill="white" />
      <path d={path} fill="currentColor" />
    </svg>
  );
}
