import type { PlanIssue } from "../planning/plan";
import { stepOfPath } from "./wizard-steps";

export interface Reveal {
  revealAll: boolean;
  revealedSteps: readonly number[];
  touchedFields: readonly string[];
}

/**
 * Whether the admin sees a planner finding yet: not while a form is pristine ("Enter a gateway" at
 * an empty page is noise), but once its field (or one inside its group) was left, once Next was
 * pressed on its step, or once the plan is shown whole (review, loaded example, link or file).
 */
export function isPathShown(path: string, reveal: Reveal): boolean {
  if (reveal.revealAll || reveal.revealedSteps.includes(stepOfPath(path))) return true;
  const inside = `${path}.`;
  return reveal.touchedFields.some((field) => field === path || field.startsWith(inside));
}

export interface FieldMessage {
  severity: PlanIssue["severity"];
  text: string;
}

/**
 * What a field says under itself: its own form error (the value did not even parse, so the planner
 * still sees the last good one), else the planner's findings for it, errors before warnings.
 */
export function fieldMessages(path: string, formError: string | undefined, issues: readonly PlanIssue[], shown: boolean): FieldMessage[] {
  if (formError) return [{ severity: "error", text: formError }];
  if (!shown) return [];
  const own = issues.filter((issue) => issue.path === path);
  return [...own.filter((issue) => issue.severity === "error"), ...own.filter((issue) => issue.severity === "warning")].map(
    ({ severity, message }) => ({ severity, text: message }),
  );
}
