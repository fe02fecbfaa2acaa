import { emptyPlanInput, type PlanInput } from "../planning/plan-input-schema";
import { planFingerprint } from "./share-link";

/**
 * What to do with a plan arriving from a link or a file: nothing when it is the plan on screen,
 * load it when the admin has nothing of their own open, and ask before it replaces their work.
 */
export type LoadDecision = "same" | "load" | "ask";

export function decideLoad(current: PlanInput, incoming: PlanInput): LoadDecision {
  const currentPrint = planFingerprint(current);
  if (currentPrint === planFingerprint(incoming)) return "same";
  return currentPrint === planFingerprint(emptyPlanInput()) ? "load" : "ask";
}
