// Punch cards: stamps per purchase by the card's rule; a full card issues its reward and the
// leftover stamps start the next one, so a big purchase can fill several cards at once.
import type { PurchaseItem } from "./earn";

export type StampCard = { stampRule: "VISIT" | "AMOUNT" | "ITEM"; stampMinorUnit: number; stampItem: string | null };

export function stampsForPurchase(card: StampCard, purchase: { amountMinor: number; items?: PurchaseItem[] }): number {
  switch (card.stampRule) {
    case "VISIT":
      // stampMinorUnit is the minimum purchase that counts as a visit; 0 means any purchase.
      return purchase.amountMinor >= card.stampMinorUnit ? 1 : 0;
    case "AMOUNT":
      if (card.stampMinorUnit <= 0) return 0;
      return Math.floor(Math.max(0, purchase.amountMinor) / card.stampMinorUnit);
    case "ITEM": {
      if (card.stampItem === null) return 0;
      let stamps = 0;
      for (const item of purchase.items ?? []) {
        if (item.sku === card.stampItem || item.category === card.stampItem) {
          stamps += Math.max(0, Math.floor(item.quantity));
        }
      }
      return stamps;
    }
  }
}

export function addStamps(
  progress: { stamps: number; completed: number },
  added: number,
  required: number,
): { stamps: number; completed: number; cardsCompleted: number } {
  if (!Number.isSafeInteger(required) || required <= 0) {
    throw new RangeError(`stampsRequired must be a positive integer, got ${required}`);
  }
  if (!Number.isSafeInteger(added) || added < 0) {
    throw new RangeError(`added stamps must be a non-negative integer, got ${added}`);
  }
  const total = progress.stamps + added;
  const cardsCompleted = Math.floor(total / required);
  return { stamps: total % required, completed: progress.completed + cardsCompleted, cardsCompleted };
}
