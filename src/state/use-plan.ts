import { use, useMemo, useSyncExternalStore } from "react";
import { findingsAtPath, NO_FINDINGS, planFindings, type PlanFindings } from "../planning/findings";
import type { Plan, PlanIssue } from "../planning/plan";
import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore, type PlanState } from "./plan-store";
import { loadPlanner, usePlanner, type CreatePlan } from "./planner";

let last: { input: PlanInput; plan: Plan } | null = null;

/** The stepper, every field and the summary ask for the plan of one input: compute it once. */
function planWith(createPlan: CreatePlan, input: PlanInput): Plan {
  if (last?.input !== input) last = { input, plan: createPlan(input) };
  return last.plan;
}

/**
 * The plan of the store's input right now, for event handlers (Next) that must not act on a stale
 * render; waits for the planner when the admin is quicker than its chunk.
 */
export async function currentPlan(): Promise<Plan> {
  const createPlan = usePlanner.getState().createPlan ?? (await loadPlanner());
  return planWith(createPlan, usePlanStore.getState().input);
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

/** The planner, suspending the component until its chunk is here (see planner.ts). */
function useCreatePlan(): CreatePlan {
  return usePlanner((state) => state.createPlan) ?? use(loadPlanner());
}

/** The plan of the current input: derived on demand, never stored beside the input. Suspends until the planner is here. */
export function usePlan(): Plan {
  const createPlan = useCreatePlan();
  const input = usePlanStore((state) => state.input);
  return useMemo(() => planWith(createPlan, input), [createPlan, input]);
}

/** The same, null until the planner is here: for what the opening step draws in its first frame. */
export function usePlanIfReady(): Plan | null {
  const createPlan = usePlanner((state) => state.createPlan);
  const input = usePlanStore((state) => state.input);
  return useMemo(() => (createPlan ? planWith(createPlan, input) : null), [createPlan, input]);
}

export function usePlanFindings(): PlanFindings {
  return findingsOf(usePlan());
}

/** One value read from the plan, re-rendering only when it changes. Suspends until the planner is here. */
export function usePlanSelector<T>(select: (plan: Plan) => T): T {
  const createPlan = useCreatePlan();
  return usePlanStore((state) => select(planWith(createPlan, state.input)));
}

function subscribeToPlan(onChange: () => void): () => void {
  const fromPlanner = usePlanner.subscribe(onChange);
  const fromStore = usePlanStore.subscribe(onChange);
  return () => {
    fromPlanner();
    fromStore();
  };
}

/**
 * One value read from the plan's findings and the store (what the admin has been shown), `whileLoading`
 * until the planner is here. Like a store selector, it re-renders only when the value changes, the
 * planner's arrival included: a field without findings is not drawn again when it comes.
 */
export function useFindingsSelector<T>(select: (findings: PlanFindings, state: PlanState) => T, whileLoading: T): T {
  return useSyncExternalStore(
    subscribeToPlan,
    () => {
      const createPlan = usePlanner.getState().createPlan;
      const state = usePlanStore.getState();
      return createPlan ? select(findingsOf(planWith(createPlan, state.input)), state) : whileLoading;
    },
    // The prerendered first screen (src/prerender/) is drawn without the planner, and hydrated so.
    () => whileLoading,
  );
}

/** The planner's findings for one field: the same array until they change (see findingsOf); none before the planner is here. */
export function useFieldIssues(path: string): readonly PlanIssue[] {
  return useFindingsSelector((findings) => findingsAtPath(findings, path).findings, NO_FINDINGS.findings);
}
