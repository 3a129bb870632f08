// The progressive visit discount: a funded discount that grows with each visit in the current
// period (week, month, …) up to a cap, returned to the POS for the till to apply.
export type VisitDiscountProgram = {
  visitDiscountEnabled: boolean;
  visitDiscountBaseBp: number;
  visitDiscountStepBp: number;
  visitDiscountCapBp: number;
};

/** "5% + 1% per visit this month, cap 15%": first visit 500 bp, second 600, … at most 1500. */
export function visitDiscountBp(program: VisitDiscountProgram, visitsBeforeInPeriod: number): number {
  if (!program.visitDiscountEnabled) return 0;
  const visits = Math.max(0, Math.floor(visitsBeforeInPeriod));
  const cap = Math.max(0, program.visitDiscountCapBp);
  const grown = program.visitDiscountBaseBp + program.visitDiscountStepBp * visits;
  return Math.max(0, Math.min(cap, grown));
}

/** For display and the API only (500 → 5, 1250 → 12.5); never feed the result back into math. */
export function basisPointsToPercent(bp: number): number {
  return bp / 100;
}
