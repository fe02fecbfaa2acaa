import { useMemo } from "react";
import { createPlan } from "../planning/create-plan";
import type { Plan, PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "./plan-store";

interface Derived {
  input: PlanInput;
  plan: Plan;
  issuesByPath: Map<string, PlanIssue[]> | null;
}

let last: Derived | null = null;

/** The stepper, every field and the summary ask for the plan of one input: compute it once. */
function derive(input: PlanInput): Derived {
  if (last?.input !== input) last = { input, plan: createPlan(input), issuesByPath: null };
  return last;
}

export function planOf(input: PlanInput): Plan {
  return derive(input).plan;
}

/** The plan of the store's input right now, for event handlers (Next) that must not act on a stale render. */
export function currentPlan(): Plan {
  return planOf(usePlanStore.getState().input);
}

const NO_ISSUES: readonly PlanIssue[] = [];

/**
 * The planner's findings for one field. The same array comes back until the plan changes, and a
 * field without findings always gets the same empty one, so a field re-renders only when its own
 * findings may have changed, not on every keystroke elsewhere.
 */
export function issuesAtPath(input: PlanInput, path: string): readonly PlanIssue[] {
  const derived = derive(input);
  if (!derived.issuesByPath) {
    const byPath = new Map<string, PlanIssue[]>();
    for (const issue of derived.plan.issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
    derived.issuesByPath = byPath;
  }
  return derived.issuesByPath.get(path) ?? NO_ISSUES;
}

/** The plan of the current input: derived on demand, never stored beside the input. */
export function usePlan(): Plan {
  const input = usePlanStore((state) => state.input);
  return useMemo(() => planOf(input), [input]);
}

export function useFieldIssues(path: string): readonly PlanIssue[] {
  return usePlanStore((state) => issuesAtPath(state.input, path));
}
