import type { CheckContext, PlanIssue } from "./plan";
import type { PlanInput } from "./plan-input-schema";

/** Every check of PLANNING_SPEC.md section 5. The checks helper replaces this first cut. */
export function checkPlan(_input: PlanInput, _context: CheckContext): PlanIssue[] {
  return [];
}
