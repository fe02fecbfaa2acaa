import { useMemo } from "react";
import type { PlanIssue } from "../planning/plan";
import { usePlanStore } from "../state/plan-store";
import { usePlan } from "../state/use-plan";
import { splitFindings, type FindingTally } from "./issue-visibility";

export interface ShownFindings {
  shown: PlanIssue[];
  tally: FindingTally;
}

/**
 * The plan's findings as the admin is being shown them: the one list the summary, the stepper and
 * the step lists count from, so they always agree. Review reveals everything, so there (and in
 * print, which shows the plan whole) this is every finding of the plan.
 */
export function useShownFindings(): ShownFindings {
  const plan = usePlan();
  const revealAll = usePlanStore((state) => state.revealAll);
  const revealedSteps = usePlanStore((state) => state.revealedSteps);
  const touchedFields = usePlanStore((state) => state.touchedFields);
  return useMemo(() => splitFindings(plan.issues, { revealAll, revealedSteps, touchedFields }), [plan, revealAll, revealedSteps, touchedFields]);
}
