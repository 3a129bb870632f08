"use client";

import { createContext, useContext } from "react";

import type { ProgramDraft, RulesDraft } from "@/lib/admin/program-settings-form";

type Lists = "tiers" | "punchCards" | "promotions" | "loyaltyActions";
type Row<L extends Lists> = ProgramDraft[L][number];

export type ProgramForm = {
  draft: ProgramDraft;
  currency: string;
  timeZone: string;
  /** Validation messages at a schema path such as "rules.earnPerMinor" or "tiers.0.name" */
  errorsAt: (path: string) => string[] | undefined;
  setRule: <K extends keyof RulesDraft>(field: K, value: RulesDraft[K]) => void;
  setRow: <L extends Lists>(list: L, index: number, patch: Partial<Row<L>>) => void;
  addRow: <L extends Lists>(list: L, row: Row<L>) => void;
  removeRow: (list: Lists, index: number) => void;
};

const Context = createContext<ProgramForm | null>(null);

export const ProgramFormProvider = Context.Provider;

export function useProgramForm(): ProgramForm {
  const form = useContext(Context);
  if (!form) throw new Error("useProgramForm outside ProgramFormProvider");
  return form;
}

/** The draft with one change applied, leaving every other object as it was. */
export function applyRule<K extends keyof RulesDraft>(draft: ProgramDraft, field: K, value: RulesDraft[K]): ProgramDraft {
  return { ...draft, rules: { ...draft.rules, [field]: value } };
}

export function applyRow<L extends Lists>(draft: ProgramDraft, list: L, index: number, patch: Partial<Row<L>>): ProgramDraft {
  const rows = draft[list].map((row, at) => (at === index ? { ...row, ...patch } : row));
  return { ...draft, [list]: rows };
}

export function addRowTo<L extends Lists>(draft: ProgramDraft, list: L, row: Row<L>): ProgramDraft {
  return { ...draft, [list]: [...draft[list], row] };
}

export function removeRowFrom(draft: ProgramDraft, list: Lists, index: number): ProgramDraft {
  return { ...draft, [list]: draft[list].filter((_, at) => at !== index) };
}
