// Paid membership (warehouse-club style): a yearly fee that earns cashback on net spend
// (purchases less refunds), capped per year and issued as a certificate at renewal.
import { mulDiv } from "./int-math";

/** capMinor 0 means no cap. */
export function cashbackMinor(input: { netSpendMinor: number; cashbackBp: number; capMinor: number }): number {
  const earned = mulDiv(Math.max(0, input.netSpendMinor), Math.max(0, input.cashbackBp), 10_000);
  return input.capMinor > 0 ? Math.min(earned, input.capMinor) : earned;
}

/** For the admin's per-member view: does the value the member got cover the fee? */
export function membershipPaysForItself(input: { feeMinor: number; cashbackMinor: number; perksValueMinor?: number }): {
  valueMinor: number;
  net: number;
  paysForItself: boolean;
} {
  const valueMinor = input.cashbackMinor + (input.perksValueMinor ?? 0);
  const net = valueMinor - input.feeMinor;
  return { valueMinor, net, paysForItself: net >= 0 };
}
