import { useMemo } from "react";
import { createPlan } from "../planning/create-plan";
import { findingsAtPath, planFindings, type PlanFindings } from "../planning/findings";
import type { Plan, PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "./plan-store";

let last: { input: PlanInput; plan: Plan } | null = null;

/** The stepper, every field and the summary ask for the plan of one input: compute it once. */
export function planOf(input: PlanInput): Plan {
  if (last?.input !== input) last = { input, plan: createPlan(input) };
  return last.plan;
}

/** The plan of the store's input right now, for event handlers (Next) that must not act on a stale render. */
export function currentPlan(): Plan {
  return planOf(usePlanStore.getState().input);
}

let lastFindings: PlanFindings | undefined;

/**
 * The plan's findings grouped (once per plan). Handing the last grouping on keeps each field's list
 * the same array while its findings read the same, so a keystroke re-renders only the fields whose
 * findings it changed, not the 1,225 error-marked fields of a page in a plan with 49,000 findings.
 */
export function findingsOf(plan: Plan): PlanFindings {
  lastFindings = planFindings(plan, lastFindings);
  return lastFindings;
}

/** The plan of the current input: derived on demand, never stored beside the input. */
export function usePlan(): Plan {
  const input = usePlanStore((state) => state.input);
  return useMemo(() => planOf(input), [input]);
}

export function usePlanFindings(): PlanFindings {
  return findingsOf(usePlan());
}

/** The planner's findings for one field: the same array until they change (see findingsOf). */
export function useFieldIssues(path: string): readonly PlanIssue[] {
  return usePlanStore((state) => findingsAtPath(findingsOf(planOf(state.input)), path).findings);
}
