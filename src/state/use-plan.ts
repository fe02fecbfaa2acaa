import { useMemo } from "react";
import { createPlan } from "../planning/create-plan";
import type { Plan } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "./plan-store";

let last: { input: PlanInput; plan: Plan } | null = null;

/** The stepper, the fields and the summary all ask for the plan of one input: compute it once. */
function planOf(input: PlanInput): Plan {
  if (last?.input !== input) last = { input, plan: createPlan(input) };
  return last.plan;
}

/** The plan of the current input: derived on demand, never stored beside the input. */
export function usePlan(): Plan {
  const input = usePlanStore((state) => state.input);
  return useMemo(() => planOf(input), [input]);
}
