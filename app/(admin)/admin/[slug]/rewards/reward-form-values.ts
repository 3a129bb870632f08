// The reward form works on what the owner typed (strings); the action takes integers in minor
// units and basis points. Unparseable numbers become NaN so the schema names the field.
import { formatScaled, parseScaled, type CreateRewardInput, type RewardKindName } from "@/lib/admin/rewards-schemas";

export type RewardFormValues = {
  kind: RewardKindName;
  name: string;
  description: string;
  discountMode: "amount" | "percent";
  discountValue: string;
  partnerName: string;
  pointsCost: string;
  cost: string;
  minTierId: string;
  stock: string;
  perMemberLimit: string;
  activeFrom: string;
  activeUntil: string;
  voucherDays: string;
};

export type RewardInitial = {
  kind: RewardKindName;
  name: string;
  description: string;
  pointsCost: number;
  costMinor: number;
  discountMinor: number | null;
  discountBp: number | null;
  minTierId: string | null;
  stock: number | null;
  perMemberLimit: number | null;
  activeFrom: string;
  activeUntil: string;
  partnerName: string;
  voucherDays: number;
};

export const EMPTY_VALUES: RewardFormValues = {
  kind: "FREE_ITEM", name: "", description: "", discountMode: "amount", discountValue: "", partnerName: "", pointsCost: "", cost: "",
  minTierId: "", stock: "", perMemberLimit: "", activeFrom: "", activeUntil: "", voucherDays: "30",
};

export function valuesFrom(reward: RewardInitial, digits: number): RewardFormValues {
  return {
    kind: reward.kind,
    name: reward.name,
    description: reward.description,
    discountMode: reward.discountBp !== null ? "percent" : "amount",
    discountValue: reward.discountBp !== null ? formatScaled(reward.discountBp, 2) : reward.discountMinor !== null ? formatScaled(reward.discountMinor, digits) : "",
    partnerName: reward.partnerName,
    pointsCost: String(reward.pointsCost),
    cost: formatScaled(reward.costMinor, digits),
    minTierId: reward.minTierId ?? "",
    stock: reward.stock === null ? "" : String(reward.stock),
    perMemberLimit: reward.perMemberLimit === null ? "" : String(reward.perMemberLimit),
    activeFrom: reward.activeFrom,
    activeUntil: reward.activeUntil,
    voucherDays: String(reward.voucherDays),
  };
}

function integer(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function optionalInteger(text: string): number | null {
  return text.trim() === "" ? null : integer(text);
}

function scaled(text: string, digits: number): number {
  return parseScaled(text, digits) ?? Number.NaN;
}

export type RewardPayload = Omit<CreateRewardInput, "slug" | "image" | "removeImage">;

export function toPayload(values: RewardFormValues, digits: number): RewardPayload {
  const discount = values.kind === "DISCOUNT" && values.discountValue.trim() !== "";
  return {
    kind: values.kind,
    name: values.name,
    description: values.description,
    pointsCost: integer(values.pointsCost),
    costMinor: values.cost.trim() === "" ? 0 : scaled(values.cost, digits),
    discountMinor: discount && values.discountMode === "amount" ? scaled(values.discountValue, digits) : null,
    discountBp: discount && values.discountMode === "percent" ? scaled(values.discountValue, 2) : null,
    minTierId: values.minTierId || null,
    stock: optionalInteger(values.stock),
    perMemberLimit: optionalInteger(values.perMemberLimit),
    activeFrom: values.activeFrom,
    activeUntil: values.activeUntil,
    partnerName: values.kind === "PARTNER" || values.kind === "DONATION" ? values.partnerName : "",
    voucherDays: integer(values.voucherDays),
  };
}
