/**
 * One figure of `npm run bench` against its budget (issue "Quality bars"). Lower is better for
 * every figure here: milliseconds, characters, kilobytes.
 */
export interface BudgetFigure {
  label: string;
  value: number;
  unit: string;
  budget: number;
  /** Digits after the point when printed. */
  digits: number;
}

export function figure(label: string, value: number, unit: string, budget: number, digits = 0): BudgetFigure {
  return { label, value, unit, budget, digits };
}

export function verdict({ value, budget }: BudgetFigure): "PASS" | "OVER" {
  return value <= budget ? "PASS" : "OVER";
}

/** @example formatAmount(2646.3, "chars", 0) // "2,646 chars" */
export function formatAmount(value: number, unit: string, digits: number): string {
  return `${value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

/** A figure as a printTable row: label, measured, budget, verdict. */
export function budgetCells(item: BudgetFigure): [string, string, string, string] {
  return [item.label, formatAmount(item.value, item.unit, item.digits), formatAmount(item.budget, item.unit, 0), verdict(item)];
}
