import { create } from "zustand";

export type CreatePlan = typeof import("../planning/create-plan").createPlan;

/**
 * The planner (createPlan, its checks and ip-cidr: about a sixth of the first page's script) loads in
 * its own chunk after the opening step's first frame, not before it: that step needs no plan to
 * answer a click, since nothing is flagged before the admin has typed. The stepper's counts, the
 * step's findings and the summary fill in once it is here; whatever needs the plan sooner (a draft
 * reopened on a later step, Next) asks for it and waits.
 */
export const usePlanner = create<{ createPlan: CreatePlan | null }>(() => ({ createPlan: null }));

let loading: Promise<CreatePlan> | null = null;

/** Starts loading the planner, once; resolves when it is in the store. */
export function loadPlanner(): Promise<CreatePlan> {
  loading ??= import("../planning/create-plan").then(({ createPlan }) => {
    usePlanner.setState({ createPlan });
    return createPlan;
  });
  return loading;
}
