import janeArc from "../../public/examples/jane-aks-arc.json";
import { arcPlanInputSchema, emptyArcPlanInput, type ArcPlanInput } from "../planning/aks-arc/arc-input-schema";
import type { AnyPlanInput } from "../planning/parse-any-plan";
import { usePlanStore } from "../state/plan-store";
import { arcActions } from "./arc-actions";

/**
 * Bundled, not fetched (the page also runs from disk): the vendor's worked example, read through
 * the schema like any outside plan.
 */
export const ARC_EXAMPLE: ArcPlanInput | null = (() => {
  const parsed = arcPlanInputSchema.safeParse(janeArc);
  return parsed.success ? parsed.data : null;
})();

function sameArcInput(a: ArcPlanInput, b: ArcPlanInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Nothing typed would be lost: the AKS Arc plan is empty, or already the incoming one. */
export function arcDraftReplaceable(incoming: ArcPlanInput | null): boolean {
  const { input } = usePlanStore.getState().arc;
  return sameArcInput(input, emptyArcPlanInput()) || (incoming !== null && sameArcInput(input, incoming));
}

/** A plan of either platform (a file, a link) opens in its own platform's wizard. */
export function loadAnyPlan(plan: AnyPlanInput): void {
  if (plan.platform === "aks-arc") arcActions.loadInput(plan.input);
  else usePlanStore.getState().loadInput(plan.input);
}
