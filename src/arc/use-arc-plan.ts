import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { ArcPlan } from "../planning/aks-arc/arc-plan";
import type { ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import { createArcPlan } from "../planning/aks-arc/create-arc-plan";
import type { PlanIssue } from "../planning/plan";
import { usePlanStore } from "../state/plan-store";
import { isArcPathShown } from "./arc-steps";

let last: { input: ArcPlanInput; plan: ArcPlan } | null = null;

/** Every field and the summary ask for the plan of one input: compute it once. */
export function arcPlanOf(input: ArcPlanInput): ArcPlan {
  if (last?.input !== input) last = { input, plan: createArcPlan(input) };
  return last.plan;
}

/** The plan of the AKS Arc input right now: derived on demand, never stored beside the input. */
export function useArcPlan(): ArcPlan {
  const input = usePlanStore((state) => state.arc.input);
  return useMemo(() => arcPlanOf(input), [input]);
}

/** The findings at exactly `path` the admin is shown now (see isArcPathShown). */
export function useArcFieldIssues(path: string): PlanIssue[] {
  return usePlanStore(
    useShallow((state) => (isArcPathShown(path, state.arc) ? arcPlanOf(state.arc.input).issues.filter((issue) => issue.path === path) : [])),
  );
}
